/** Writes docs/errors.md from the error catalog (src/errors.ts); a test checks they agree. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/root.js';
import { ERRORS } from '../src/errors.js';

const lines = [
  '# Error codes',
  '',
  'Every Issue the bridge reports that is not a business-rule finding carries one of these codes (`src/errors.ts`; `npx tsx scripts/gen-errors-doc.ts` writes this page, a test keeps it in sync). XML, detection and XSD problems imply retourcode `0001` (technical rejection). Business-rule findings carry the rule id as code (CS002, TR097, …) and its retourcode (TR→9nnn, CD→Dnnn, CS→Snnn).',
  '',
  '| code | meaning |',
  '|---|---|',
  ...Object.entries(ERRORS).map(([k, v]) => `| \`${k}\` | ${v.replace(/\|/g, '\\|')} |`),
  '',
];
fs.writeFileSync(path.join(projectRoot(), 'docs', 'errors.md'), lines.join('\n'));
