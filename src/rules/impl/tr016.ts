import type { Finding } from '../rule.js';
import { recordRule } from '../record-rule.js';
import { type At, select } from '../walk.js';
import { isPeriodWithinPeriod } from './toewijzing-util.js';

/** The toewijzingen of an Indicatie outside its period: the functies, then the ZZPs. */
function outside(ind: At, toewijzingen: At[], out: Finding[]): void {
  for (const t of toewijzingen) {
    if (isPeriodWithinPeriod(t.node, ind.node)) continue;
    out.push({
      path: t.path,
      detail: `toewijzing ${t.node.Ingangsdatum ?? '?'} – ${t.node.Einddatum ?? ''}, indicatie ${ind.node.Ingangsdatum ?? '?'} – ${ind.node.Einddatum ?? ''}`,
    });
  }
}

export const TR016 = recordRule({
  id: 'TR016',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning: 'De geldigheidsduur van de zorgtoewijzing moet vallen binnen de geldigheidsduur van de indicatie.',
  // the Indicatie of each Client (Indicatie is nowhere else in these kinds)
  on: ['Indicatie'],
  visit(ind, _message, _ctx, out) {
    outside(ind, select(ind, 'ToegewezenFuncties/ToegewezenFunctie'), out);
    outside(ind, select(ind, 'ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket'), out);
  },
});
