/**
 * Development tool: compares the bridge's business rules with the official iWlz validation.
 * The official stylesheet (iStandaarden/iWlz-Xslt, xslt-validatie/wlz/2_2/all_merged.xsl, set
 * 2.2 v2.1.4) is not part of this repository; pass its path. Needs xsltproc.
 *
 *   npx tsx scripts/rules-oracle.ts --xslt all_merged.xsl --check  [fixture folders…]
 *       for every XSD-valid heen fixture: the official findings against the bridge's, differences printed
 *   npx tsx scripts/rules-oracle.ts --xslt all_merged.xsl --write  [fixture folders…]
 *       records the official findings as `rules` in each expected.json (the test runner's oracle)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { MessageCore } from '../src/core/message-core.js';
import { projectRoot } from '../src/config/root.js';
import { HEEN_KINDS, type HeenKind } from '../src/messages/catalog.js';
import { runRules } from '../src/rules/run.js';

const args = process.argv.slice(2);
const xslt = args[args.indexOf('--xslt') + 1];
const write = args.includes('--write');
if (!xslt || !fs.existsSync(xslt)) throw new Error('--xslt <path to all_merged.xsl> is required');
const roots = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--xslt');
const root = projectRoot();
const base = roots.length ? roots.map((r) => path.resolve(r)) : [path.join(root, 'fixtures', 'iwlz-2.2')];

const inputs: string[] = [];
const walk = (d: string): void => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name === 'input.xml') inputs.push(p);
  }
};
base.forEach(walk);

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, isArray: (n) => n === 'Fout' || n === 'Locatie' });
// A finding without Locatie (the stylesheet reports some at no element) is recorded with path ''.
const core = new MessageCore({ xsdDir: path.join(root, 'xsd') });
let differ = 0;
let checked = 0;
for (const input of inputs.sort()) {
  const r = core.validate(fs.readFileSync(input), { file: input, read: true });
  if (!r.valid || !r.kind || !(HEEN_KINDS as readonly string[]).includes(r.kind)) continue;
  checked++;
  const out = execFileSync('xsltproc', [xslt, input], { encoding: 'utf8' });
  const rapport = parser.parse(out) as { Rapport: { Fouten?: { Fout?: { Code: string; Locatie?: string[] }[] } } };
  const official = (rapport.Rapport.Fouten?.Fout ?? []).flatMap((f) => (f.Locatie?.length ? f.Locatie : ['']).map((l) => `${f.Code} ${l}`)).sort();
  const ours = runRules(r.message!, { kind: r.kind as HeenKind, lists: {} }).issues.map((i) => `${i.rule} ${i.path}`).sort();
  const missing = official.filter((x) => !ours.includes(x));
  const extra = ours.filter((x) => !official.includes(x));
  if (missing.length || extra.length) {
    differ++;
    process.stdout.write(`${path.relative(root, input)}\n${missing.map((m) => `  official only: ${m}\n`).join('')}${extra.map((m) => `  bridge only:   ${m}\n`).join('')}`);
  }
  if (write) {
    const file = path.join(path.dirname(input), 'expected.json');
    const expected = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : { kind: r.kind, xsdValid: true };
    expected.rules = official.map((x) => ({ rule: x.slice(0, 5), path: x.slice(6) }));
    fs.writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);
  }
}
process.stdout.write(`${checked} fixtures checked against the official validation, ${differ} differ\n`);
core.dispose();
