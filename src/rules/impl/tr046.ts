import type { Rule } from '../rule.js';
import { at, norm, records, valueIn, withDetail } from './levering-util.js';

/** Mutatiecode → the Leveringsstatussen allowed with it (the stylesheet's four implications). */
const ALLOWED: readonly [readonly string[], readonly string[]][] = [
  [['12'], ['3', '5']],
  [['17', '19', '21'], ['5']],
  [['18'], ['2', '6', '7']],
  [['20'], ['2', '3', '6', '7']],
];

/** MutatieZorgzwaartepakket: Leveringsstatus allowed for the Mutatiecode; reported at both. */
export const TR046: Rule = {
  id: 'TR046',
  kinds: ['AW39', 'ZK39'],
  meaning: 'De Leveringsstatus moet toegestaan zijn bij de opgegeven Mutatiecode.',
  check(message) {
    return records(message, 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket').flatMap((z) =>
      ALLOWED.flatMap(([codes, statussen]) =>
        valueIn(z.node, 'Mutatiecode', codes) && !valueIn(z.node, 'Leveringsstatus', statussen)
          ? withDetail(at(z, 'Mutatiecode', 'Leveringsstatus'), `Mutatiecode ${norm(z.node, 'Mutatiecode')} met Leveringsstatus ${norm(z.node, 'Leveringsstatus')}`)
          : [],
      ),
    );
  },
};
