import type { Finding } from '../rule.js';
import { recordRule } from '../record-rule.js';
import { type At, select, text } from '../walk.js';
import { periodsOverlap } from './indicatie-util.js';

function code(u: At): string | undefined {
  return text(u.node, 'FunctieCode') ?? text(u.node, 'ZzpCode');
}

/**
 * Indicated units of the same list with the same FunctieCode or ZzpCode must not overlap in time;
 * every overlapping pair is reported at both units.
 */
/** Each later unit of a list against every earlier one with the same code; overlapping pairs are reported. */
function overlaps(list: At[], out: Finding[]): void {
  for (let i = 1; i < list.length; i++) {
    const later = list[i]!;
    for (let j = 0; j < i; j++) {
      const earlier = list[j]!;
      const c = code(later);
      if (c === undefined || c !== code(earlier) || !periodsOverlap(later.node, earlier.node)) continue;
      const detail = `zorgeenheid ${c} overlapt`;
      out.push({ path: earlier.path, detail }, { path: later.path, detail });
    }
  }
}

export const TR035 = recordRule({
  id: 'TR035',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning:
    'Wanneer eenzelfde zorgeenheid meer dan één keer is geindiceerd, mogen de geldigheidsduren behorend bij deze zorgeenheden elkaar niet overlappen.',
  on: ['Indicatie'], // Client/Indicatie (Indicatie is nowhere else in these kinds)
  visit(ind, _message, _ctx, out) {
    overlaps(select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie'), out);
    overlaps(select(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket'), out);
  },
});
