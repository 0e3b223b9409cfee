import type { Rule } from '../rule.js';
import { AANLEVERING_KINDS, leveringenOf, stateAfter, statusPath } from './stateful-util.js';

/**
 * AW35/ZK35/AW39/ZK39/CA317/CA319: a record with StatusAanlevering 3 (delete) needs an earlier
 * aanlevering of the same record key in a message of the same kind (History.aanleveringen; keys in
 * stateful-util.ts) that is still in force: the last earlier 1/2/3 of that key is a 1 or 2. A
 * second delete of a deleted record fails too (there is nothing left to delete). Reported at
 * StatusAanlevering.
 */
export const TR063: Rule = {
  id: 'TR063',
  kinds: AANLEVERING_KINDS,
  meaning: 'Indien StatusAanlevering de waarde 3 (aanlevering verwijderen) bevat, dan moet voor de betreffende Client een eerdere aanlevering met dezelfde sleutel verstuurd zijn.',
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) => {
      if (l.status !== '3') return [];
      const state = stateAfter(history.aanleveringen(ctx.kind, l.recordKey));
      if (state === 'present') return [];
      return [{ path: statusPath(l), detail: state === 'deleted' ? 'aanlevering is al verwijderd' : 'geen eerdere aanlevering met deze sleutel' }];
    });
  },
};
