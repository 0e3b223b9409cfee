import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './paths.js';

export interface ExpectedXsd {
  kind: string;
  xsdValid: boolean;
  /** The errors xmllint reports for the case: line of the element and its local name. */
  errors?: { line: number; element: string }[];
  /** The official validation's findings for an XSD-valid heen case (scripts/rules-oracle.ts). */
  rules?: { rule: string; path: string }[];
}

export interface FixtureCase {
  kind: string;
  name: string;
  dir: string;
  input: string;
  expected: ExpectedXsd;
}

/** Every fixture folder fixtures/iwlz-2.2/<KIND>/<case>/ with an input.xml: adding one needs no code. */
export function fixtureCases(): FixtureCase[] {
  if (!fs.existsSync(FIXTURES)) return [];
  const out: FixtureCase[] = [];
  for (const kind of fs.readdirSync(FIXTURES).sort()) {
    const kindDir = path.join(FIXTURES, kind);
    if (!fs.statSync(kindDir).isDirectory()) continue;
    for (const name of fs.readdirSync(kindDir).sort()) {
      const dir = path.join(kindDir, name);
      const input = path.join(dir, 'input.xml');
      if (!fs.existsSync(input)) continue;
      const expectedFile = path.join(dir, 'expected.json');
      const expected = fs.existsSync(expectedFile)
        ? (JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as ExpectedXsd)
        : { kind, xsdValid: name.startsWith('valid__') };
      out.push({ kind, name, dir, input, expected });
    }
  }
  return out;
}
