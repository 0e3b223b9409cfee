import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { SHARED_PACK } from './paths.js';

/** A zip of the official pack under a nested folder, as a release archive has it. */
export function officialZip(prefix = 'XSD-iWlz-iWlz2.2-v1.0/XSD/'): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'XSD-iWlz-iWlz2.2-v1.0/README.md': strToU8('readme') };
  for (const f of fs.readdirSync(SHARED_PACK)) entries[prefix + f] = new Uint8Array(fs.readFileSync(path.join(SHARED_PACK, f)));
  return zipSync(entries);
}
