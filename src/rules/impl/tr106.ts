import type { Finding, Rule } from '../rule.js';
import type { At } from '../walk.js';
import { select, text } from '../walk.js';
import { REC, clientRecords, clients, isPeriodOverlay, normalizeSpace } from './toewijzing-util.js';

/** The record's fields, normalized, joined by NUL: records with equal keys are compared. */
function key(node: At['node'], names: readonly string[]): string {
  let k = '';
  for (let i = 0; i < names.length; i++) k += (i ? '\u0000' : '') + normalizeSpace(text(node, names[i]!) ?? '');
  return k;
}

/** Each later record against every earlier one with the same key; overlapping pairs are reported. */
function pairs(records: { at: At; key: string }[], out: Finding[] = []): Finding[] {
  for (let j = 1; j < records.length; j++) {
    const later = records[j]!;
    for (let i = 0; i < j; i++) {
      const earlier = records[i]!;
      if (earlier.key !== later.key) continue;
      if (isPeriodOverlay(later.at.node, earlier.at.node)) out.push({ path: earlier.at.path }, { path: later.at.path });
    }
  }
  return out;
}

/**
 * pairs() of the records of every list, keyed by `names`. The fields are compared one by one
 * instead of writing the keys: XML text holds no NUL, so the written keys are equal exactly when
 * every field is.
 */
function pairsIn(lists: At[], child: string, names: readonly string[], out: Finding[]): void {
  for (const list of lists) {
    const records = select(list, child);
    for (let j = 1; j < records.length; j++) {
      const later = records[j]!;
      for (let i = 0; i < j; i++) {
        const earlier = records[i]!;
        if (!sameKey(earlier.node, later.node, names)) continue;
        if (isPeriodOverlay(later.node, earlier.node)) out.push({ path: earlier.path }, { path: later.path });
      }
    }
  }
}

function sameKey(a: At['node'], b: At['node'], names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) if (normalizeSpace(text(a, names[i]!) ?? '') !== normalizeSpace(text(b, names[i]!) ?? '')) return false;
  return true;
}

const FUNCTIE_KEY = ['Instelling', 'FunctieCode', 'Soort'];
const ZZP_KEY = ['Leveringsvorm', 'Instelling', 'ZzpCode', 'Soort'];
const AANVRAAG_INSTELLING_KEY = ['Instelling', 'Soort'];
const AANVRAAG_KEY = ['Leveringsvorm', 'ZzpCode'];

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
              key: `${key(ai.node, AANVRAAG_INSTELLING_KEY)}\u0000${key(a.node, AANVRAAG_KEY)}`,
            })),
          ),
        ),
      );
    }
    const out: Finding[] = [];
    pairsIn(clientRecords(message, 'Indicatie/ToegewezenFuncties'), 'ToegewezenFunctie', FUNCTIE_KEY, out);
    pairsIn(clientRecords(message, 'Indicatie/ToegewezenZorgzwaartepakketten'), 'ToegewezenZorgzwaartepakket', ZZP_KEY, out);
    return out;
  },
};
