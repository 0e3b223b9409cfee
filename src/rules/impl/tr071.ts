import type { Rule } from '../rule.js';
import { leveringenOf, mutKindOf, recordsByDate, statusPath } from './stateful-util.js';

/**
 * AW35/ZK35: a MAZ record with StatusAanlevering 3 (delete) fails when a mutatie (einde zorg) of
 * that MAZ is in force: a MUT of the same toewijzing (AW39 for AW35, ZK39 for ZK35; listed with
 * History.aanleveringen under the toewijzing group key of stateful-util.ts) whose last
 * StatusAanlevering is 1/2 and whose Begindatum equals the MAZ's Begindatum (einde zorg codes
 * 17/19/20 carry the Begindatum of their MAZ, TR066/TR069). Once that MUT is deleted, the MAZ may
 * be. Reported at StatusAanlevering.
 */
export const TR071: Rule = {
  id: 'TR071',
  kinds: ['AW35', 'ZK35'],
  meaning: "StatusAanlevering mag niet de waarde '3' bevatten als er voor de betreffende geleverde zorgeenheid al een mutatie zorgeenheid (einde zorg) is verstuurd.",
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) => {
      if (l.status !== '3' || l.groupKey === undefined || l.begindatum === undefined) return [];
      const muts = recordsByDate(history.aanleveringen(mutKindOf(ctx.kind), l.groupKey), 'mutatiedatum');
      const hit = [...muts].find(([, r]) => r.state === 'present' && r.last.begindatum === l.begindatum);
      return hit ? [{ path: statusPath(l), detail: `mutatie met Mutatiedatum ${hit[0]} al verstuurd` }] : [];
    });
  },
};
