import type { Rule } from '../rule.js';
import { at, has, records, valueIn } from './levering-util.js';

/** Aanvraag: Doelmatig 2 (Nee) requires BijzondereSituatie; reported at Doelmatig. */
export const CD047: Rule = {
  id: 'CD047',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Als Doelmatig de waarde 2 (Nee) heeft, dan BijzondereSituatie verplicht vullen.',
  check(message) {
    return records(message, 'Aanvragen/Aanvraag').flatMap((a) =>
      valueIn(a.node, 'Doelmatig', ['2']) && !has(a.node, 'BijzondereSituatie')
        ? at(a, 'Doelmatig').map((f) => ({ ...f, detail: 'Doelmatig 2 zonder BijzondereSituatie' }))
        : [],
    );
  },
};
