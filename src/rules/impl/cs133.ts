import type { Rule } from '../rule.js';
import { at, records, valueIn } from './levering-util.js';

/** MutatieZorgzwaartepakket/Leveringsstatus is not 1 (Actief wachtend). */
export const CS133: Rule = {
  id: 'CS133',
  kinds: ['AW39', 'ZK39'],
  meaning: '1 (Actief wachtend) niet vullen.',
  check(message) {
    return records(message, 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket').flatMap((z) =>
      valueIn(z.node, 'Leveringsstatus', ['1']) ? at(z, 'Leveringsstatus').map((f) => ({ ...f, detail: 'Leveringsstatus 1' })) : [],
    );
  },
};
