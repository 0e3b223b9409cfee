import { retourcodeOf } from './rule.js';
import { RULES } from './registry.js';

/** docs/rules.md: every registered rule with its kinds, retourcode, needs and meaning. */
export function rulesDoc(): string {
  const rows = [...RULES]
    .sort((a, b) => a.id.localeCompare(b.id) || a.kinds.join().localeCompare(b.kinds.join()))
    .map((r) => `| ${r.id} | ${retourcodeOf(r.id)} | ${r.kinds.join(' ')} | ${r.needs ?? ''} | ${r.meaning.replace(/\|/g, '\\|')} |`);
  return [
    '# Business rules',
    '',
    'The iWlz 2.2 business rules the bridge applies (`src/rules/impl/`, one file each, registered in `src/rules/groups/`). The stylesheet rules agree with the official validation (iStandaarden/iWlz-Xslt, set 2.2 v2.1.4) finding for finding on every fixture; the stateful rules (needs `history`) are those the receiver applies from earlier messages. This page is generated (`npx tsx scripts/gen-rules-doc.ts`); a test keeps it in sync.',
    '',
    `${RULES.length} rule entries.`,
    '',
    '| rule | retourcode | kinds | needs | meaning (official text) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
