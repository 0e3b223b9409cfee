import type { Rule } from '../rule.js';
import { AANLEVERING_KINDS, leveringenOf, stateAfter } from './stateful-util.js';

/**
 * AW35/ZK35/AW39/ZK39/CA317/CA319: a record with StatusAanlevering 1 (new) fails when a record
 * with the same key (stateful-util.ts) from an earlier message of the same kind is still in force
 * (its last StatusAanlevering 1/2). A key whose record was deleted (3) may be used again: a change
 * is sent as 3 followed by 1 (BRIEF §5.6). Duplicates within the message are TR101's. Reported at
 * the record.
 */
export const TR074: Rule = {
  id: 'TR074',
  kinds: AANLEVERING_KINDS,
  meaning: "Indien StatusAanlevering de waarde '1' bevat, dan moet de sleutel van de betreffende aanlevering niet alleen uniek zijn binnen het bericht zelf, maar ook in combinatie met alle reeds ontvangen berichten.",
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) =>
      l.status === '1' && stateAfter(history.aanleveringen(ctx.kind, l.recordKey)) === 'present'
        ? [{ path: l.at.path, detail: 'een aanlevering met deze sleutel is al ontvangen' }]
        : [],
    );
  },
};
