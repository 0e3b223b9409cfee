import type { Rule } from '../rule.js';
import { leaf } from '../walk.js';
import { leveringenOf } from './stateful-util.js';

/**
 * AW35/ZK35: the Begindatum and (if present) Sleuteldatum of a MAZ record (GeleverdeFunctie,
 * GeleverdZorgzwaartepakket) lie within the period [Ingangsdatum, Einddatum] of the toewijzing it
 * refers to (key Bsn + Besluitnummer + ZzpCode/FunctieCode + Instelling + ToewijzingIngangsdatum,
 * looked up with History.toewijzing; see stateful-util.ts). Deletes (StatusAanlevering 3) are not
 * checked: withdrawing a MAZ that no longer fits a shortened toewijzing must stay possible. A
 * record without a known toewijzing is TR019's. Reported at the date that falls outside.
 */
export const TR017: Rule = {
  id: 'TR017',
  kinds: ['AW35', 'ZK35'],
  meaning: 'Begindatum en (indien van toepassing) Sleuteldatum van een geleverde zorgeenheid moeten vallen binnen de geldigheidsduur van de zorgtoewijzing.',
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) => {
      if (l.status === '3' || !l.toewijzing) return [];
      const tw = history.toewijzing(l.toewijzing);
      if (!tw) return [];
      const period = `toewijzing ${tw.ingangsdatum} t/m ${tw.einddatum ?? '(open)'}`;
      const outside = (d: string): boolean => d < tw.ingangsdatum || (tw.einddatum !== undefined && d > tw.einddatum);
      const findings = [];
      if (l.begindatum !== undefined && outside(l.begindatum)) findings.push({ path: leaf(l.at, 'Begindatum'), detail: `Begindatum ${l.begindatum}, ${period}` });
      if (l.sleuteldatum !== undefined && outside(l.sleuteldatum)) findings.push({ path: leaf(l.at, 'Sleuteldatum'), detail: `Sleuteldatum ${l.sleuteldatum}, ${period}` });
      return findings;
    });
  },
};
