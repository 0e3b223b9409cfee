import type { Rule } from '../rule.js';
import { at, has, norm, records, valueIn, withDetail } from './levering-util.js';

/** GeleverdZorgzwaartepakket/Sleuteldatum is only allowed with Leveringsvorm 4; reported at both. */
export const CD004: Rule = {
  id: 'CD004',
  kinds: ['AW35', 'ZK35'],
  meaning: 'Alleen als Leveringsvorm de waarde 4 (Verblijf) heeft, is vullen toegestaan.',
  check(message) {
    return records(message, 'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket').flatMap((z) =>
      has(z.node, 'Sleuteldatum') && !valueIn(z.node, 'Leveringsvorm', ['4'])
        ? withDetail(at(z, 'Sleuteldatum', 'Leveringsvorm'), `Sleuteldatum bij Leveringsvorm ${norm(z.node, 'Leveringsvorm')}`)
        : [],
    );
  },
};
