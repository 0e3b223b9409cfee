import fs from 'node:fs';
import { ConfigError } from '../config/config.js';

/**
 * Reads the operator's list of iWlz-AGB codes (TR042, TR064, TR100): a text file with one entry
 * per line (blank lines and `#` comments allowed) or a JSON array of strings. An entry is either
 * an 8-digit iWlz-AGB code (a valid code: TR042) or `<ZorgkantoorCode>:<iWlzAgbCode>`, e.g.
 * `5504:07301234` (that code contracts with that zorgkantoor: TR064 for ZK35/ZK39, TR100). A list
 * without relation entries leaves TR064/TR100 unjudged rather than rejecting every message.
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
  const bad = codes.findIndex((c) => !/^(\d{4}:)?\d{8}$/.test(c));
  if (bad >= 0) throw new ConfigError(`AGB list ${file}: entry ${bad + 1} (${JSON.stringify(codes[bad])}) is neither an 8-digit AGB code nor <zorgkantoor>:<AGB code>`);
  // a relation entry also makes its AGB code a known one
  return new Set(codes.flatMap((c) => (c.includes(':') ? [c, c.slice(5)] : [c])));
}
