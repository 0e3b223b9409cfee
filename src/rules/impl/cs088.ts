import type { Rule } from '../rule.js';
import { text } from '../walk.js';
import { at, dateNum, has, records, withDetail } from './levering-util.js';

/** GeleverdZorgzwaartepakket/Sleuteldatum must be before the Begindatum; reported at both. */
export const CS088: Rule = {
  id: 'CS088',
  kinds: ['AW35', 'ZK35'],
  meaning: 'Vullen met een datum die kleiner is dan de Begindatum.',
  check(message) {
    return records(message, 'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket').flatMap((z) => {
      if (!has(z.node, 'Sleuteldatum')) return [];
      const sleutel = text(z.node, 'Sleuteldatum');
      const begin = text(z.node, 'Begindatum');
      // The stylesheet reports unless Sleuteldatum < Begindatum is proven (NaN compares false).
      const ok = has(z.node, 'Begindatum') && !(dateNum(sleutel) >= dateNum(begin));
      return ok ? [] : withDetail(at(z, 'Begindatum', 'Sleuteldatum'), `Sleuteldatum ${sleutel ?? ''}, Begindatum ${begin ?? ''}`);
    });
  },
};
