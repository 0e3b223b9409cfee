import type { Finding, Rule } from '../rule.js';
import type { At } from '../walk.js';
import { select, text } from '../walk.js';
import { REC, clientRecords, clients, isPeriodOverlay, normalizeSpace } from './toewijzing-util.js';

const key = (node: At['node'], names: string[]): string => names.map((n) => normalizeSpace(text(node, n) ?? '')).join('\u0000');

/** Each later record against every earlier one with the same key; overlapping pairs are reported. */
function pairs(records: { at: At; key: string }[]): Finding[] {
  const out: Finding[] = [];
  records.forEach((later, j) => {
    for (const earlier of records.slice(0, j)) {
      if (earlier.key !== later.key) continue;
      if (isPeriodOverlay(later.at.node, earlier.at.node)) out.push({ path: earlier.at.path }, { path: later.at.path });
    }
  });
  return out;
}

export const TR106: Rule = {
  id: 'TR106',
  kinds: ['AW33', 'AW39', 'ZK31', 'ZK33', 'ZK39'],
  meaning:
    'Wanneer dezelfde zorgeenheid met dezelfde leveringsvorm en dezelfde soort meer dan een keer aan dezelfde aanbieder is toegewezen of meer dan een keer voor dezelfde aanbieder wordt aangevraagd, dan mogen de zorgtoewijzingperiodes niet overlappen.',
  check(message, ctx) {
    if (ctx.kind === 'AW39' || ctx.kind === 'ZK39') {
      // Per client, every AanvraagInstelling against the earlier ones (same Aanvraag or an earlier
      // Aanvraag). The official overlap test looks for Ingangsdatum/Einddatum, which an
      // AanvraagInstelling does not have, so every pair with the same key counts as overlapping.
      return clients(message).flatMap((c) =>
        pairs(
          select(c, REC.aanvraag).flatMap((a) =>
            select(a, 'AanvraagInstellingen/AanvraagInstelling').map((ai) => ({
              at: ai,
              key: `${key(ai.node, ['Instelling', 'Soort'])}\u0000${key(a.node, ['Leveringsvorm', 'ZzpCode'])}`,
            })),
          ),
        ),
      );
    }
    const functies = clientRecords(message, 'Indicatie/ToegewezenFuncties').flatMap((list) =>
      pairs(select(list, 'ToegewezenFunctie').map((at) => ({ at, key: key(at.node, ['Instelling', 'FunctieCode', 'Soort']) }))),
    );
    const zzps = clientRecords(message, 'Indicatie/ToegewezenZorgzwaartepakketten').flatMap((list) =>
      pairs(select(list, 'ToegewezenZorgzwaartepakket').map((at) => ({ at, key: key(at.node, ['Leveringsvorm', 'Instelling', 'ZzpCode', 'Soort']) }))),
    );
    return [...functies, ...zzps];
  },
};
