import type { Rule } from '../rule.js';
import { leveringenOf, statusPath } from './stateful-util.js';

/**
 * CA317 (GeleverdeZorg) and CA319 (MutatieZorg): a record with StatusAanlevering 2 (changed)
 * needs an earlier aanlevering with StatusAanlevering 1 of the same key (Bsn + GeleverdeZorgID,
 * Bsn + MutatieZorgID) in a message of the same kind (History.aanleveringen). A 2 after a delete
 * is TR104's. Reported at StatusAanlevering.
 */
export const TR103: Rule = {
  id: 'TR103',
  kinds: ['CA317', 'CA319'],
  meaning: "Indien StatusAanlevering de waarde '2' (Gewijzigde aanlevering) bevat, dan moet voor de betreffende client een eerdere aanlevering met StatusAanlevering '1' (Eerste aanlevering) verstuurd zijn met dezelfde sleutel.",
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) =>
      l.status === '2' && !history.aanleveringen(ctx.kind, l.recordKey).some((a) => a.status === '1')
        ? [{ path: statusPath(l), detail: `geen eerste aanlevering van ${l.id ?? ''}` }]
        : [],
    );
  },
};
