import type { Rule } from '../rule.js';
import { leaf } from '../walk.js';
import { leveringenOf, mazKindOf, recordsByDate } from './stateful-util.js';

/**
 * AW39/ZK39 (MutatieFunctie, MutatieZorgzwaartepakket) with a Begindatum: it equals the Begindatum
 * of the current MAZ of the same toewijzing (AW35 for AW39, ZK35 for ZK39; listed with
 * History.aanleveringen under the toewijzing group key of stateful-util.ts): of the MAZ records
 * still in force (last StatusAanlevering 1/2) with Begindatum ≤ Mutatiedatum, the latest. No such
 * MAZ fails as well. Deletes (StatusAanlevering 3) are not checked. Reported at Begindatum.
 */
export const TR069: Rule = {
  id: 'TR069',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Indien Begindatum is gevuld, dan moet deze datum overeenkomen met de Begindatum uit de actuele melding aanvang zorg die op of voor Mutatiedatum ligt.',
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) => {
      if (l.status === '3' || l.begindatum === undefined || l.groupKey === undefined || l.mutatiedatum === undefined) return [];
      const mutatiedatum = l.mutatiedatum;
      const mazs = recordsByDate(history.aanleveringen(mazKindOf(ctx.kind), l.groupKey), 'begindatum');
      let current: string | undefined;
      for (const [begin, r] of mazs) {
        if (r.state === 'present' && begin !== '' && begin <= mutatiedatum && (current === undefined || begin > current)) current = begin;
      }
      if (current === l.begindatum) return [];
      const detail = current === undefined ? `geen actuele melding aanvang zorg op of voor ${mutatiedatum}` : `Begindatum ${l.begindatum}, actuele melding aanvang zorg ${current}`;
      return [{ path: leaf(l.at, 'Begindatum'), detail }];
    });
  },
};
