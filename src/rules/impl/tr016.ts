import type { Rule } from '../rule.js';
import { select } from '../walk.js';
import { clients, isPeriodWithinPeriod } from './toewijzing-util.js';

export const TR016: Rule = {
  id: 'TR016',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning: 'De geldigheidsduur van de zorgtoewijzing moet vallen binnen de geldigheidsduur van de indicatie.',
  check(message) {
    return clients(message).flatMap((c) =>
      select(c, 'Indicatie').flatMap((ind) =>
        [...select(ind, 'ToegewezenFuncties/ToegewezenFunctie'), ...select(ind, 'ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket')]
          .filter((t) => !isPeriodWithinPeriod(t.node, ind.node))
          .map((t) => ({
            path: t.path,
            detail: `toewijzing ${t.node.Ingangsdatum ?? '?'} – ${t.node.Einddatum ?? ''}, indicatie ${ind.node.Ingangsdatum ?? '?'} – ${ind.node.Einddatum ?? ''}`,
          })),
      ),
    );
  },
};
