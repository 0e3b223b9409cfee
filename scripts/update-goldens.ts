/**
 * Writes expected-retour.xml beside every heen fixture: the retour the bridge builds with the
 * fixed clock and id of the tests. Review the diff before committing: these files are the
 * expectation the golden runner holds the bridge to.   npx tsx scripts/update-goldens.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { MessageCore } from '../src/core/message-core.js';
import { projectRoot } from '../src/config/root.js';
import { fixtureCases } from '../test/helpers/fixtures.js';
import { FIXED_STAMP } from '../test/helpers/stamp.js';

const core = new MessageCore({ xsdDir: path.join(projectRoot(), 'xsd'), stamp: FIXED_STAMP });
let written = 0;
for (const c of fixtureCases()) {
  const r = core.validate(fs.readFileSync(c.input), { file: c.input, rules: {}, retour: true });
  const golden = path.join(c.dir, 'expected-retour.xml');
  if (r.retour?.xml) {
    fs.writeFileSync(golden, r.retour.xml);
    written++;
  } else fs.rmSync(golden, { force: true });
}
process.stdout.write(`${written} expected retour messages written\n`);
core.dispose();
