import type { Finding, Rule } from '../rule.js';
import { type At, select, text } from '../walk.js';
import { dateNum, nextDayNum, normalizeSpace, records } from './levering-util.js';

const START = 'ToewijzingIngangsdatum';
const END = 'ToewijzingEinddatum';

function endOf(i: At): string {
  return normalizeSpace(text(i.node, END) ?? '');
}

/**
 * The stylesheet's checkDateCover: walks the period of `inst` day by day through the Opname-1
 * AanvraagInstellingen that overlap it (always taking the first in document order that covers the
 * current day); a day none covers reports those AanvraagInstellingen and `inst`.
 */
function uncovered(inst: At, opname: At[]): At[] | undefined {
  const start = text(inst.node, START);
  const end = normalizeSpace(text(inst.node, END) ?? '');
  const cover = opname.filter(
    (e) => (end === '' || dateNum(text(e.node, START)) <= dateNum(end)) && (endOf(e) === '' || dateNum(endOf(e)) >= dateNum(start)),
  );
  let day = normalizeSpace((start ?? '').replace(/-/g, ''));
  for (let guard = 0; guard < 100000; guard++) {
    if (day === '' || !(end === '' || dateNum(day) <= dateNum(end))) return undefined;
    const d = dateNum(day);
    const found = cover.find(
      (e) =>
        dateNum(text(e.node, START)) <= d &&
        (endOf(e) === '' || dateNum(endOf(e)) >= d) &&
        (endOf(e) === '' || dateNum(endOf(e)) >= dateNum(text(e.node, START))),
    );
    if (!found) return [...cover, inst];
    day = nextDayNum(endOf(found));
  }
  return undefined;
}

/**
 * Aanvraag with Leveringsvorm 8 (DTV): every day of each AanvraagInstelling with Opname 2 is
 * covered by an AanvraagInstelling with Opname 1 (reported at those records), and the Opname-1
 * AanvraagInstellingen do not overlap (each one with the later ones it overlaps).
 */
export const TR127: Rule = {
  id: 'TR127',
  kinds: ['AW39', 'ZK39'],
  meaning:
    "Als leveringsvorm in Aanvraag de waarde '8' (Deeltijdverblijf) bevat, moet er voor iedere dag van de aangevraagde periode precies een (1) AanvraagInstelling zijn waarvan Opname de waarde '1'(Ja) bevat.",
  check(message) {
    const out: Finding[] = [];
    for (const a of records(message, 'Aanvragen/Aanvraag')) {
      if (text(a.node, 'Leveringsvorm') !== '8') continue;
      const insts = select(a, 'AanvraagInstellingen/AanvraagInstelling');
      const opname = insts.filter((i) => text(i.node, 'Opname') === '1');
      // Post-order like the stylesheet: each AanvraagInstelling, then AanvraagInstellingen.
      for (const inst of insts) {
        if (text(inst.node, 'Opname') !== '2') continue;
        const gap = uncovered(inst, opname);
        if (gap) {
          const detail = `de periode vanaf ${text(inst.node, START) ?? ''} heeft een dag zonder AanvraagInstelling met Opname 1`;
          out.push(...sorted(gap).map((g, n) => (n === 0 ? { path: g.path, detail } : { path: g.path })));
        }
      }
      opname.forEach((first, n) => {
        const firstEnd = endOf(first);
        const overlapping = opname
          .slice(n + 1)
          .filter(
            (e) =>
              (firstEnd === '' || dateNum(text(e.node, START)) <= dateNum(firstEnd)) &&
              (endOf(e) === '' || dateNum(endOf(e)) >= dateNum(text(first.node, START))),
          );
        if (overlapping.length > 0) {
          const detail = `AanvraagInstellingen met Opname 1 overlappen vanaf ${text(first.node, START) ?? ''}`;
          out.push({ path: first.path, detail }, ...overlapping.map((e) => ({ path: e.path })));
        }
      });
    }
    return out;
  },
};

/** Records in document order (their paths end in [n] within one AanvraagInstellingen). */
function sorted(list: At[]): At[] {
  const index = (p: string): number => Number(/\[(\d+)\]$/.exec(p)?.[1] ?? 0);
  return [...list].sort((x, y) => index(x.path) - index(y.path));
}
