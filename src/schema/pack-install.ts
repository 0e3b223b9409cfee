import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BridgeError } from '../errors.js';
import { compileModel, type PackFile } from './compile-model.js';
import { isZip, readPackDir, readPackZip, schemaLocations } from './pack-files.js';
import { MANIFEST, MODEL, type PackManifest, packDirName } from './pack-store.js';
import type { SchemaModel } from './model.js';

export interface InstallResult {
  dir: string;
  release: string;
  messages: string[];
  aliases: Record<string, string>;
}

/** Installs a pack from a folder or a zip file on disk. */
export function installFromPath(source: string, xsdDir: string, now = new Date()): InstallResult {
  const stat = fs.existsSync(source) ? fs.statSync(source) : undefined;
  if (!stat) throw new BridgeError('PACK_INVALID', `${source} does not exist`);
  const files = stat.isDirectory() ? readPackDir(source) : readZipFile(source);
  return installFiles(files, xsdDir, path.resolve(source), now);
}

function readZipFile(file: string): PackFile[] {
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (!isZip(bytes)) throw new BridgeError('PACK_INVALID', `${file} is neither a folder nor a zip archive`);
  return readPackZip(bytes);
}

/**
 * Compiles the model (which checks the pack is whole), then writes the schemas, the aliases for
 * schemaLocations that only match case-insensitively, pack.json and model.json into
 * `<xsdDir>/iwlz-<release>/`, replacing an earlier install of the same release atomically.
 */
export function installFiles(files: PackFile[], xsdDir: string, source: string, now = new Date(), expectRelease?: string): InstallResult {
  if (files.length === 0) throw new BridgeError('PACK_INVALID', `${source} holds no .xsd files`);
  let model: SchemaModel;
  try {
    model = compileModel(files);
  } catch (e) {
    throw new BridgeError('PACK_INVALID', `${source}: ${(e as Error).message}`);
  }
  if (expectRelease && model.release !== expectRelease) {
    throw new BridgeError('PACK_INVALID', `${source} holds release ${model.release}, not ${expectRelease}`);
  }
  const aliases = caseAliases(files);
  fs.mkdirSync(xsdDir, { recursive: true });
  const target = path.join(xsdDir, packDirName(model.release));
  const tmp = `${target}.tmp-${crypto.randomBytes(4).toString('hex')}`;
  fs.mkdirSync(tmp);
  try {
    for (const f of files) fs.writeFileSync(path.join(tmp, f.name), f.text);
    for (const [alias, original] of Object.entries(aliases)) {
      const aliasPath = path.join(tmp, alias);
      // On a case-insensitive file system the alias already exists as the original.
      if (!fs.existsSync(aliasPath)) fs.copyFileSync(path.join(tmp, original), aliasPath);
    }
    const manifest: PackManifest = {
      release: model.release,
      installedAt: now.toISOString(),
      source,
      files: files.map((f) => f.name),
      aliases,
    };
    fs.writeFileSync(path.join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.writeFileSync(path.join(tmp, MODEL), JSON.stringify(model));
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return { dir: target, release: model.release, messages: Object.keys(model.messages).sort(), aliases };
}

/** schemaLocation → file name, for each location that matches a file only when case is ignored. */
function caseAliases(files: PackFile[]): Record<string, string> {
  const names = new Set(files.map((f) => f.name));
  const byLower = new Map(files.map((f) => [f.name.toLowerCase(), f.name]));
  const out: Record<string, string> = {};
  for (const f of files) {
    for (const loc of schemaLocations(f.text)) {
      if (names.has(loc)) continue;
      const original = byLower.get(loc.toLowerCase());
      if (!original) throw new BridgeError('PACK_INVALID', `${f.name} imports ${loc}, which the pack does not have`);
      out[loc] = original;
    }
  }
  return out;
}
