/**
 * Test set-up: installs the official iWlz 2.2 pack from ../shared/iwlz/xsd/iwlz-2.2 into xsd/,
 * as a user would with `iwlz-bridge xsd install`; skipped when the installed pack already holds
 * the same files (so concurrent test runs do not replace it under each other).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/root.js';
import { installFromPath } from '../../src/schema/pack-install.js';
import { listPacks } from '../../src/schema/pack-store.js';

export default function setup(): void {
  const root = projectRoot();
  const source = path.resolve(root, '..', 'shared', 'iwlz', 'xsd', 'iwlz-2.2');
  if (!fs.existsSync(source)) throw new Error(`the official 2.2 pack is expected at ${source}`);
  const xsdDir = path.join(root, 'xsd');
  const installed = listPacks(xsdDir).find((p) => p.model.release === '2.2');
  const same =
    installed &&
    fs.readdirSync(source).filter((f) => f.endsWith('.xsd')).every((f) => {
      const there = path.join(installed.dir, f);
      return fs.existsSync(there) && fs.readFileSync(there).equals(fs.readFileSync(path.join(source, f)));
    });
  if (!same) installFromPath(source, xsdDir);
}
