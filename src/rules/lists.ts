import fs from 'node:fs';
import { ConfigError } from '../config/config.js';

/**
 * Reads the operator's list of valid iWlz-AGB codes (TR042, TR064, TR100): a text file with one
 * 8-digit code per line (blank lines and `#` comments allowed) or a JSON array of strings.
 */
export function loadAgbList(file: string): ReadonlySet<string> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`AGB list ${file}: ${(e as Error).message}`);
  }
  const codes = text.trimStart().startsWith('[')
    ? (JSON.parse(text) as unknown[]).map(String)
    : text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  const bad = codes.findIndex((c) => !/^\d{8}$/.test(c));
  if (bad >= 0) throw new ConfigError(`AGB list ${file}: entry ${bad + 1} (${JSON.stringify(codes[bad])}) is not an 8-digit AGB code`);
  return new Set(codes);
}
