import type { Rule } from '../rule.js';
import { leaf } from '../walk.js';
import { leveringenOf } from './stateful-util.js';

/**
 * CA319: the MutatieZorgID of a MutatieZorg equals a GeleverdeZorgID that a CA317 announced
 * (StatusAanlevering 1/2) and did not delete since (History.geleverdeZorg). Deletes of a
 * MutatieZorg (StatusAanlevering 3) are not checked: they withdraw what was accepted before.
 * Reported at MutatieZorgID.
 */
export const TR118: Rule = {
  id: 'TR118',
  kinds: ['CA319'],
  meaning: 'MutatieZorgID moet overeenkomen met het GeleverdeZorgID van een actuele melding aanvang zorg CAK.',
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) =>
      l.status !== '3' && l.id !== undefined && !history.geleverdeZorg(l.id)
        ? [{ path: leaf(l.at, 'MutatieZorgID'), detail: `geen actuele GeleverdeZorg ${l.id}` }]
        : [],
    );
  },
};
