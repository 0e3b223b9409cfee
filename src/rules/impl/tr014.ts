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
  const has = (p: string): boolean => select(ind, p).length > 0;
  const functie = has('GeindiceerdeFuncties/GeindiceerdeFunctie');
  const zzp = has('GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket');
  if (kind === 'AW33') return zzp || has('ToegewezenFuncties/ToegewezenFunctie') || has('ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket');
  if (kind === 'ZK33') return functie;
  return functie || zzp;
}

/** The stylesheet's maxDate: the text of the numerically largest date ("0" when there is none). */
function maxDate(dates: string[]): string {
  let acc = '0';
  for (const d of dates) if (dateNumber(d) > dateNumber(acc)) acc = d;
  return acc;
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
    const withEnd = all.filter((u) => u.node.Einddatum !== undefined);
    const einddatum = text(ind.node, 'Einddatum');
    if (ind.node.Einddatum !== undefined) {
      if (withEnd.length !== all.length) {
        out.push({ path: leaf(ind, 'Einddatum'), detail: 'niet elke geindiceerde zorgeenheid heeft een Einddatum' });
        return;
      }
      const max = maxDate(withEnd.map((u) => text(u.node, 'Einddatum') ?? ''));
      const atMax = withEnd.filter((u) => text(u.node, 'Einddatum') === max);
      if (atMax.length > 0 && einddatum !== max) {
        const detail = `Einddatum ${einddatum ?? ''}, grootste Einddatum van de zorgeenheden ${max}`;
        out.push({ path: leaf(ind, 'Einddatum'), detail }, ...atMax.map((u) => ({ path: leaf(u, 'Einddatum'), detail })));
      }
    } else if (all.filter((u) => u.node.Ingangsdatum !== undefined).length === withEnd.length) {
      const detail = 'Indicatie zonder Einddatum, terwijl elke geindiceerde zorgeenheid een Einddatum heeft';
      // without any unit the stylesheet reports the error without a location: here at the Indicatie
      if (withEnd.length === 0) out.push({ path: ind.path, detail: 'Indicatie zonder Einddatum en zonder geindiceerde zorgeenheden' });
      else out.push(...withEnd.map((u) => ({ path: leaf(u, 'Einddatum'), detail })));
    }
  },
});
