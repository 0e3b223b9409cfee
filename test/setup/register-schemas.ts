/**
 * Test set-up: installs the official register SDLs and query templates from ../shared/iwlz/graphql
 * into xsd/graphql, as a user would with `iwlz-bridge register schemas install`; skipped when the
 * installed copy already holds the same files (concurrent runs do not replace it under each other).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/root.js';
import { installSchemas, sameInstall, schemaDirOf } from '../../src/reference-register/schema-files.js';

export default function setup(): void {
  const root = projectRoot();
  const source = path.resolve(root, '..', 'shared', 'iwlz', 'graphql');
  if (!fs.existsSync(source)) throw new Error(`the official register SDLs are expected at ${source}`);
  const target = schemaDirOf(path.join(root, 'xsd'));
  if (!sameInstall(source, target)) installSchemas(source, target);
}
