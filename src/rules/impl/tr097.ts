import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text } from '../walk.js';
import { findings, substringAfter } from './client-util.js';
import { recordRule } from '../record-rule.js';

/** Whether Datum fits DatumGebruik: 3 → 1900-01-01, 2 → 1 January, 1 → the first of the month. */
export function datumFitsGebruik(datum: string, gebruik: string): boolean {
  if (gebruik === '3') return datum === '1900-01-01';
  if (gebruik === '2') return substringAfter(datum, '-') === '01-01';
  if (gebruik === '1') return substringAfter(substringAfter(datum, '-'), '-') === '01';
  return true;
}

/**
 * Every Geboortedatum (any element with Datum and DatumGebruik: the client's and a relatie's)
 * whose DatumGebruik does not fit its Datum, reported at both. Every message XSL includes the rule.
 */
export const TR097 = recordRule({
  id: 'TR097',
  kinds: HEEN_KINDS,
  meaning: 'Voor een Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn.',
  on: ['Geboortedatum'], // the only record with Datum and DatumGebruik
  visit(at, _message, _ctx, out) {
    const datum = text(at.node, 'Datum');
    const gebruik = text(at.node, 'DatumGebruik');
    if (datum === undefined || gebruik === undefined || datumFitsGebruik(datum, gebruik)) return;
    out.push(...findings([leaf(at, 'Datum'), leaf(at, 'DatumGebruik')], `Datum ${datum}, DatumGebruik ${gebruik}`));
  },
});
