import { leaf, text, textAt } from '../walk.js';
import { dateNumber } from '../xpath.js';
import { recordRule } from '../record-rule.js';

const DAGTEKENING = 'Header/BerichtIdentificatie/Dagtekening';

/**
 * Every Geboortedatum/Datum (the client's and a relatie's) is at most 120 years before the
 * Dagtekening, compared as the stylesheet does (YYYYMMDD numbers, 120 years = 1200000). Skipped
 * when the date is unknown: Datum 1900-01-01 with DatumGebruik 3 or without DatumGebruik.
 * Reported at the Dagtekening and the Datum.
 */
export const TR002 = recordRule({
  id: 'TR002',
  kinds: ['IO31', 'AW33', 'AW35', 'AW39', 'ZK31', 'ZK33', 'ZK35', 'ZK39'],
  meaning: 'Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum onbekend is.',
  on: ['Geboortedatum'],
  visit(g, message, _ctx, out) {
    const datum = text(g.node, 'Datum');
    if (datum === undefined) return;
    const dagtekening = textAt(message, DAGTEKENING);
    if (dagtekening === undefined) return;
    const gebruik = text(g.node, 'DatumGebruik');
    if (datum === '1900-01-01' && (gebruik === undefined || gebruik === '3')) return;
    // dateNumber() is number(translate(d, '-', '')), as the stylesheet compares them
    if (!(dateNumber(datum) + 1200000 < dateNumber(dagtekening))) return;
    const detail = `Geboortedatum ${datum}, Dagtekening ${dagtekening}`;
    out.push({ path: `/Bericht/${DAGTEKENING}`, detail }, { path: leaf(g, 'Datum'), detail });
  },
});
