import type { Rule } from '../rule.js';
import { leaf, select, text } from '../walk.js';
import { clients, oneOf } from './aw317-cak-zk31-util.js';

/** CA317 GeleverdeZorg and CA319 MutatieZorg: StatusAanlevering is 1, 2 or 3 (not 9). */
export const CS125: Rule = {
  id: 'CS125',
  kinds: ['CA317', 'CA319'],
  meaning: "Vullen met '1' (eerste aanlevering), '2' (wijzigen aanlevering) of '3' (verwijderen aanlevering).",
  check(message) {
    const records = clients(message).flatMap((c) => [
      ...select(c, 'ZorgLeveringen/GeleverdeZorg'),
      ...select(c, 'MutatiesZorg/MutatieZorg'),
    ]);
    return records.flatMap((r) => {
      const status = text(r.node, 'StatusAanlevering');
      return status === undefined || oneOf(status, ['1', '2', '3'])
        ? []
        : [{ path: leaf(r, 'StatusAanlevering'), detail: `StatusAanlevering ${status}` }];
    });
  },
};
