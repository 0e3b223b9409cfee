/**
 * Installs the official register SDLs and query templates into `<xsdDir>/graphql/` (git-ignored,
 * like the XSD packs) and reads them back. The project does not commit these files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REQUIRED_SDL } from './registers.js';

export const GRAPHQL_DIR = 'graphql';
export const MANIFEST = 'manifest.json';

export class RegisterSchemaError extends Error {}

export interface SchemaManifest {
  source: string;
  installedAt: string;
  /** Relative path → sha256 of every installed file. */
  files: Record<string, string>;
}

/** The folder the schemas are installed in: `<xsdDir>/graphql`. */
export function schemaDirOf(xsdDir: string): string {
  return path.join(xsdDir, GRAPHQL_DIR);
}

function listGraphql(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listGraphql(dir, r));
    else if (e.isFile() && e.name.endsWith('.graphql')) out.push(r);
  }
  return out.sort();
}

const sha = (b: Buffer | string): string => crypto.createHash('sha256').update(b).digest('hex');

/**
 * Copies every `.graphql` file of `source` (and its `queries/` subfolders) into `target`,
 * replacing an earlier install atomically, and writes `manifest.json`.
 */
export function installSchemas(source: string, target: string, now = new Date()): SchemaManifest {
  if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) throw new RegisterSchemaError(`${source} is not a folder`);
  const files = listGraphql(source);
  const missing = REQUIRED_SDL.filter((f) => !files.includes(f));
  if (missing.length > 0) throw new RegisterSchemaError(`${source} lacks ${missing.join(', ')}`);
  const manifest: SchemaManifest = { source: path.resolve(source), installedAt: now.toISOString(), files: {} };
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${crypto.randomBytes(4).toString('hex')}`;
  try {
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(source, f));
      fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
      fs.writeFileSync(path.join(tmp, f), bytes);
      manifest.files[f] = sha(bytes);
    }
    fs.writeFileSync(path.join(tmp, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    const old = `${target}.old-${crypto.randomBytes(4).toString('hex')}`;
    if (fs.existsSync(target)) fs.renameSync(target, old);
    fs.renameSync(tmp, target);
    fs.rmSync(old, { recursive: true, force: true });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return manifest;
}

/** True when `target` already holds exactly the `.graphql` files of `source`. */
export function sameInstall(source: string, target: string): boolean {
  const m = readManifest(target);
  if (!m) return false;
  const files = listGraphql(source);
  return files.length === Object.keys(m.files).length && files.every((f) => m.files[f] === sha(fs.readFileSync(path.join(source, f))));
}

export function readManifest(dir: string): SchemaManifest | undefined {
  const p = path.join(dir, MANIFEST);
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as SchemaManifest) : undefined;
}

/** Reads one installed SDL file; a clear error when the schemas are not installed. */
export function readSdl(dir: string, file: string): string {
  const p = path.join(dir, file);
  if (!fs.existsSync(p)) {
    throw new RegisterSchemaError(`${p} not found: install the register schemas with \`iwlz-bridge register schemas install ../shared/iwlz/graphql\``);
  }
  return fs.readFileSync(p, 'utf8');
}

/** The installed query templates of one register folder (`queries/<name>/*.graphql`), by file name. */
export function readQueryTemplates(dir: string, folder: string): Record<string, string> {
  const q = path.join(dir, 'queries', folder);
  const out: Record<string, string> = {};
  if (!fs.existsSync(q)) return out;
  for (const f of fs.readdirSync(q).filter((n) => n.endsWith('.graphql')).sort()) out[f] = fs.readFileSync(path.join(q, f), 'utf8');
  return out;
}
