/**
 * Generates TypeScript types of every message model from the installed schema packs into
 * src/messages/generated/ (git-ignored; run by `npm run build` and `npm run typecheck`). With no
 * pack installed, every message is typed as the generic XmlRecord so the build still passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/root.js';
import { listPacks } from '../src/schema/pack-store.js';
import { generateTypes } from '../src/messages/gen-types.js';

const root = projectRoot();
const out = path.join(root, 'src', 'messages', 'generated');
fs.mkdirSync(out, { recursive: true });
const xsdDir = process.env.IWLZ_XSD_DIR ? path.resolve(process.env.IWLZ_XSD_DIR) : path.join(root, 'xsd');
const packs = listPacks(xsdDir);
const files = generateTypes(packs.map((p) => p.model));
for (const [name, text] of Object.entries(files)) {
  const file = path.join(out, name);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}
for (const name of fs.readdirSync(out)) if (!(name in files)) fs.rmSync(path.join(out, name));
process.stderr.write(`gen-types: ${packs.length ? packs.map((p) => `iWlz ${p.model.release}`).join(', ') : 'no pack installed, generic types'} → src/messages/generated/\n`);
