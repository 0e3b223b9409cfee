import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { BridgeError } from '../errors.js';
import type { PackFile } from './compile-model.js';

/** At most this many bytes are unpacked from an archive (the 2.2 pack is under 1 MB). */
const MAX_UNPACKED = 64 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The .xsd files of a pack folder (not recursive). */
export function readPackDir(dir: string): PackFile[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new BridgeError('PACK_INVALID', `${dir} is not a folder`);
  const names = fs.readdirSync(dir).filter((n) => /\.xsd$/i.test(n)).sort();
  return names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * The .xsd files of a zip: those in the folder that holds the basisschema, wherever it sits in the
 * archive (a release archive has them under `<repo>-<tag>/XSD/`).
 */
export function readPackZip(bytes: Uint8Array): PackFile[] {
  let total = 0;
  const entries = unzipSync(bytes, {
    filter: (f) => {
      if (!/\.xsd$/i.test(f.name)) return false;
      total += f.originalSize;
      if (total > MAX_UNPACKED) throw new BridgeError('PACK_INVALID', 'archive unpacks to more than 64 MB of schemas');
      return true;
    },
  });
  const names = Object.keys(entries);
  const basis = names.find((n) => /(^|\/)basisschema\.xsd$/i.test(n));
  if (!basis) throw new BridgeError('PACK_INVALID', 'the archive has no Basisschema.xsd');
  const folder = basis.slice(0, basis.lastIndexOf('/') + 1);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return names
    .filter((n) => n.startsWith(folder) && !n.slice(folder.length).includes('/'))
    .sort()
    .map((n) => ({ name: n.slice(folder.length), text: decoder.decode(entries[n]) }));
}

/** schemaLocation values a schema imports or includes. */
export function schemaLocations(text: string): string[] {
  const out: string[] = [];
  const re = /<xs:(?:import|include)\b[^>]*\bschemaLocation="([^"]+)"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[1]) out.push(m[1]);
  return out;
}
