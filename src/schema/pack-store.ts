import fs from 'node:fs';
import path from 'node:path';
import { BridgeError } from '../errors.js';
import type { SchemaModel } from './model.js';

/** What `xsd install` writes beside the schemas of a release: `pack.json`. */
export interface PackManifest {
  release: string;
  installedAt: string;
  source: string;
  /** The schema files as published, by their own names. */
  files: string[];
  /** Extra copies made so that case-sensitive loaders (the Java engine) resolve schemaLocation. */
  aliases: Record<string, string>;
}

export interface InstalledPack {
  dir: string;
  manifest: PackManifest;
  model: SchemaModel;
}

export const MANIFEST = 'pack.json';
export const MODEL = 'model.json';

export function packDirName(release: string): string {
  return `iwlz-${release}`;
}

/** All installed packs under xsdDir, newest release last. */
export function listPacks(xsdDir: string): InstalledPack[] {
  if (!fs.existsSync(xsdDir)) return [];
  const out: InstalledPack[] = [];
  for (const name of fs.readdirSync(xsdDir).sort()) {
    const dir = path.join(xsdDir, name);
    const manifestFile = path.join(dir, MANIFEST);
    if (!fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as PackManifest;
    const model = JSON.parse(fs.readFileSync(path.join(dir, MODEL), 'utf8')) as SchemaModel;
    out.push({ dir, manifest, model });
  }
  return out;
}

export function requirePacks(xsdDir: string): InstalledPack[] {
  const packs = listPacks(xsdDir);
  if (packs.length === 0) {
    throw new BridgeError(
      'PACK_NOT_INSTALLED',
      `no schema release pack is installed in ${xsdDir}; install one with ` +
        '`iwlz-bridge xsd install ../shared/iwlz/xsd/iwlz-2.2` (a folder or zip) or `iwlz-bridge xsd install --release 2.2`',
    );
  }
  return packs;
}

/** Reads a pack's schema files into memory, keyed by lower-case file name. */
export function readSchemas(pack: InstalledPack): Map<string, Uint8Array> {
  const map = new Map<string, Uint8Array>();
  for (const f of pack.manifest.files) map.set(f.toLowerCase(), new Uint8Array(fs.readFileSync(path.join(pack.dir, f))));
  return map;
}
