/** Writes docs/rules.md from the rule registry. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/root.js';
import { rulesDoc } from '../src/rules/rules-doc.js';

fs.writeFileSync(path.join(projectRoot(), 'docs', 'rules.md'), rulesDoc());
