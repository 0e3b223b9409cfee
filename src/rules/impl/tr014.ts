import type { HeenKind } from '../../messages/catalog.js';
import { recordRule } from '../record-rule.js';
import { type At, leaf, select, text } from '../walk.js';
import { dateNumber, units } from './indicatie-util.js';

/**
 * Whether the stylesheet checks this Indicatie. Its patterns differ per message: AW33 needs a
 * toewijzing or an indicated ZZP (an Indicatie with only GeindiceerdeFuncties is not checked),
 * IO31/ZK31 an indicated unit, ZK33 a GeindiceerdeFunctie (its ZZP test looks for a direct child
 * that cannot exist).
 */
function checked(ind: At, kind: HeenKind): boolean {
  const functie = has(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie');
  const zzp = has(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket');
  if (kind === 'AW33') return zzp || has(ind, 'ToegewezenFuncties/ToegewezenFunctie') || has(ind, 'ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket');
  if (kind === 'ZK33') return functie;
  return functie || zzp;
}

function has(ind: At, relPath: string): boolean {
  return select(ind, relPath).length > 0;
}

/** The stylesheet's maxDate of the units' Einddatum: the text of the numerically largest ("0" when there is none). */
function maxDate(units: At[]): string {
  let acc = '0';
  for (let i = 0; i < units.length; i++) {
    const d = text(units[i]!.node, 'Einddatum') ?? '';
    if (dateNumber(d) > dateNumber(acc)) acc = d;
  }
  return acc;
}

function countWith(units: At[], name: string): number {
  let n = 0;
  for (let i = 0; i < units.length; i++) if (units[i]!.node[name] !== undefined) n++;
  return n;
}

/**
 * The largest Einddatum of the indicated units (GeindiceerdeFuncties and GeindiceerdeZorgzwaartepakketten)
 * must equal the Indicatie's Einddatum. With an Indicatie Einddatum every unit needs one (else
 * reported at the Indicatie Einddatum); without one, not every unit may have one (reported at
 * every unit Einddatum).
 */
export const TR014 = recordRule({
  id: 'TR014',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'De grootste Einddatum van een geindiceerde zorgeenheid moet samenvallen met Einddatum in de Indicatie.',
  // Client/Indicatie (Indicatie is nowhere else in these kinds)
  on: ['Indicatie'],
  visit(ind, _message, ctx, out) {
    if (!checked(ind, ctx.kind)) return;
    const all = units(ind);
    // Counted first: the lists below are made only to report (most Indicaties pass).
    let ends = 0;
    for (let i = 0; i < all.length; i++) if (all[i]!.node.Einddatum !== undefined) ends++;
    const einddatum = text(ind.node, 'Einddatum');
    if (ind.node.Einddatum !== undefined) {
      if (ends !== all.length) {
        out.push({ path: leaf(ind, 'Einddatum'), detail: 'niet elke geindiceerde zorgeenheid heeft een Einddatum' });
        return;
      }
      // every unit has an Einddatum here
      const max = maxDate(all);
      if (einddatum === max) return;
      const atMax = all.filter((u) => text(u.node, 'Einddatum') === max);
      if (atMax.length > 0) {
        const detail = `Einddatum ${einddatum ?? ''}, grootste Einddatum van de zorgeenheden ${max}`;
        out.push({ path: leaf(ind, 'Einddatum'), detail }, ...atMax.map((u) => ({ path: leaf(u, 'Einddatum'), detail })));
      }
    } else if (countWith(all, 'Ingangsdatum') === ends) {
      const withEnd = all.filter((u) => u.node.Einddatum !== undefined);
      const detail = 'Indicatie zonder Einddatum, terwijl elke geindiceerde zorgeenheid een Einddatum heeft';
      // without any unit the stylesheet reports the error without a location: here at the Indicatie
      if (withEnd.length === 0) out.push({ path: ind.path, detail: 'Indicatie zonder Einddatum en zonder geindiceerde zorgeenheden' });
      else out.push(...withEnd.map((u) => ({ path: leaf(u, 'Einddatum'), detail })));
    }
  },
});
