/**
 * Test set-up: installs the official iWlz 2.2 pack from ../shared/iwlz/xsd/iwlz-2.2 into xsd/,
 * as a user would with `iwlz-bridge xsd install`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/root.js';
import { installFromPath } from '../../src/schema/pack-install.js';

export default function setup(): void {
  const root = projectRoot();
  const source = path.resolve(root, '..', 'shared', 'iwlz', 'xsd', 'iwlz-2.2');
  if (!fs.existsSync(source)) throw new Error(`the official 2.2 pack is expected at ${source}`);
  installFromPath(source, path.join(root, 'xsd'));
}
