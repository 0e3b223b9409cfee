import { recordRule } from '../record-rule.js';
import { leaf, text, textAt } from '../walk.js';
import { dateNumber } from '../xpath.js';
import { findings, oneOf, relaties } from './client-util.js';

const MET_PARTNER = ['3', '4'];

/** Whether an Indicatie's Afgiftedatum lies after 1 March 2007 (as the stylesheet compares: digits as a number). */
export function afgifteNa20070301(afgiftedatum: string | undefined): boolean {
  return dateNumber(afgiftedatum) > 20070301; // number(translate(d, '-', '')); absent: NaN
}

/**
 * A client whose Leefeenheid is a household with partner (3 or 4), with an Indicatie issued after
 * 1 March 2007, has a partner Relatie (Soort 12); reported at Leefeenheid and every Relatie Soort.
 */
export const TR004 = recordRule({
  id: 'TR004',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als er een huishouden met partner is, moet de partner als relatie worden opgenomen.',
  on: ['Client'], // Clienten/Client, or the Client of ZK31 (Client is nowhere else)
  visit(c, _message, _ctx, out) {
    const leefeenheid = text(c.node, 'Leefeenheid');
    if (!afgifteNa20070301(textAt(c.node, 'Indicatie/Afgiftedatum')) || !oneOf(leefeenheid, MET_PARTNER)) return;
    const soorten = relaties(c).filter((r) => text(r.node, 'Soort') !== undefined);
    if (soorten.some((r) => text(r.node, 'Soort') === '12')) return;
    out.push(...findings([[leaf(c, 'Leefeenheid'), leefeenheid !== undefined], ...soorten.map((r) => leaf(r, 'Soort'))], `Leefeenheid ${leefeenheid ?? ''} zonder partnerrelatie`));
  },
});
