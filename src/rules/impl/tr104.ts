import type { Rule } from '../rule.js';
import { leveringenOf, stateAfter, statusPath } from './stateful-util.js';

/**
 * CA317 (GeleverdeZorg) and CA319 (MutatieZorg): a record with StatusAanlevering 2 (changed)
 * fails when the last earlier aanlevering (1/2/3) of the same key (Bsn + GeleverdeZorgID,
 * Bsn + MutatieZorgID; History.aanleveringen) deleted it (3). Reported at StatusAanlevering.
 */
export const TR104: Rule = {
  id: 'TR104',
  kinds: ['CA317', 'CA319'],
  meaning: 'Een verwijderd bericht kan niet gewijzigd worden.',
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) =>
      l.status === '2' && stateAfter(history.aanleveringen(ctx.kind, l.recordKey)) === 'deleted'
        ? [{ path: statusPath(l), detail: `${l.id ?? ''} is verwijderd` }]
        : [],
    );
  },
};
