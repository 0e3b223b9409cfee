import { recordRule } from '../record-rule.js';
import { type At, select, text } from '../walk.js';

function needsGrondslag(zzp: At): boolean {
  const code = text(zzp.node, 'ZzpCode');
  return code !== undefined && code !== '999';
}

/**
 * An Indicatie with a GeindiceerdeFunctie or a ZZP other than 999 needs Grondslagen; reported at
 * the first such unit in document order (AW317 has no functies).
 */
export const CD029 = recordRule({
  id: 'CD029',
  kinds: ['IO31', 'AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning:
    'Verplicht vullen, tenzij de Indicatie leeg is (negatief indicatiebesluit) of uitsluitend een Zorgzwaartepakket met Zzpcode 999 (ZZP0) bevat, dan is leeglaten toegestaan.',
  // Client/Indicatie, or Client/Indicaties/Indicatie (AW317): Indicatie is nowhere else
  on: ['Indicatie'],
  visit(ind, _message, _ctx, out) {
    if (ind.node.Grondslagen !== undefined) return;
    const first = select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie')[0] ?? select(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket').find(needsGrondslag);
    if (first) out.push({ path: first.path, detail: 'Grondslagen ontbreekt' });
  },
});
