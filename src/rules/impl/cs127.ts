import type { Rule } from '../rule.js';
import { at, norm, records, withDetail } from './levering-util.js';

/**
 * Leveringsvorm is not 2 (PGB) or 9 (VKB) in GeleverdZorgzwaartepakket (AW35/ZK35) and in
 * MutatieZorgzwaartepakket and Aanvraag (AW39/ZK39).
 */
export const CS127: Rule = {
  id: 'CS127',
  kinds: ['AW35', 'AW39', 'ZK35', 'ZK39'],
  meaning: '2 (persoonsgebonden budget (PGB)) en 9 (verkeerde bed (VKB)) niet vullen.',
  check(message) {
    const recs = [
      'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket',
      'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket',
      'Aanvragen/Aanvraag',
    ].flatMap((p) => records(message, p));
    return recs.flatMap((r) => {
      const vorm = norm(r.node, 'Leveringsvorm');
      return vorm === '2' || vorm === '9' ? withDetail(at(r, 'Leveringsvorm'), `Leveringsvorm ${vorm}`) : [];
    });
  },
};
