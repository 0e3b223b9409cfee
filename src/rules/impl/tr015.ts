import { recordRule } from '../record-rule.js';
import { type At, leaf, text } from '../walk.js';
import { dateNumber, units } from './indicatie-util.js';

/**
 * The stylesheet's minDate of the units' Ingangsdatum (those that have one): the text of the
 * numerically smallest date (9999-99-99 when there is none).
 */
function minDate(units: At[]): string {
  let acc = '9999-99-99';
  for (let i = 0; i < units.length; i++) {
    const d = text(units[i]!.node, 'Ingangsdatum');
    if (d !== undefined && dateNumber(acc) > dateNumber(d)) acc = d;
  }
  return acc;
}

/**
 * The smallest Ingangsdatum of the indicated units must equal the Indicatie's Ingangsdatum;
 * reported at the Indicatie Ingangsdatum and at every unit Ingangsdatum with the smallest date.
 */
export const TR015 = recordRule({
  id: 'TR015',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'De kleinste Ingangsdatum van een geindiceerde zorgeenheid moet samenvallen met Ingangsdatum in de Indicatie.',
  // Client/Indicatie (Indicatie is nowhere else in these kinds)
  on: ['Indicatie'],
  visit(ind, _message, _ctx, out) {
    const ingangsdatum = text(ind.node, 'Ingangsdatum');
    if (ingangsdatum === undefined) return;
    const all = units(ind);
    const min = minDate(all);
    if (ingangsdatum === min) return; // the list below is made only to report
    const atMin = all.filter((u) => text(u.node, 'Ingangsdatum') === min);
    if (atMin.length === 0) return;
    const detail = `Ingangsdatum ${ingangsdatum}, kleinste Ingangsdatum van de zorgeenheden ${min}`;
    out.push({ path: leaf(ind, 'Ingangsdatum'), detail }, ...atMin.map((u) => ({ path: leaf(u, 'Ingangsdatum'), detail })));
  },
});
