import type { Finding } from '../rule.js';
import { recordRule } from '../record-rule.js';
import { type At, leaf, select, text } from '../walk.js';
import { findings, has, oneOf } from './client-util.js';

const GRP = ['64', '82'];

/**
 * A GeindiceerdeFunctie or ToegewezenFunctie has a Vervoer exactly when its FunctieCode is 64
 * (BH-GRP) or 82 (BG-GRP); reported at FunctieCode and Vervoer.
 */
function check(f: At, out: Finding[]): void {
  const code = text(f.node, 'FunctieCode');
  const vervoer = has(f.node, 'Vervoer');
  if (oneOf(code, GRP) === vervoer) return;
  out.push(...findings([[leaf(f, 'FunctieCode'), code !== undefined], [leaf(f, 'Vervoer'), vervoer]], `FunctieCode ${code ?? '(leeg)'}, Vervoer ${vervoer ? 'gevuld' : 'leeg'}`));
}

export const CD022 = recordRule({
  id: 'CD022',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Functiecode de waarde 64 (BH-GRP) of 82 (BG-GRP) heeft, dan verplicht vullen, anders leeg laten.',
  on: ['Client'], // Clienten/Client, or the Client of ZK31 (Client is nowhere else)
  visit(c, _message, _ctx, out) {
    for (const f of select(c, 'Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie')) check(f, out);
    for (const f of select(c, 'Indicatie/ToegewezenFuncties/ToegewezenFunctie')) check(f, out);
  },
});
