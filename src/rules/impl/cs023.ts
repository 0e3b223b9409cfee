import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding } from '../rule.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import { recordRule } from '../record-rule.js';
import { type At, leaf, text, textAt } from '../walk.js';
import { dateNumber, isBlank, nameOf } from './indicatie-util.js';

const DAGTEKENING = '/Bericht/Header/BerichtIdentificatie/Dagtekening';
const DAGTEKENING_AT = 'Header/BerichtIdentificatie/Dagtekening';

/** Reported at the date and at the Dagtekening (when there is one). */
function report(out: Finding[], path: string, value: string | undefined, dagtekening: string | undefined): void {
  const detail = `${value ?? ''} na Dagtekening ${dagtekening ?? '(ontbreekt)'}`;
  if (dagtekening !== undefined) out.push({ path: DAGTEKENING, detail });
  out.push({ path, detail });
}

/** One date leaf the stylesheet checks (an absent one is left out). */
function checkDate(at: At, name: string, message: XmlRecord, out: Finding[]): void {
  const value = text(at.node, name);
  if (value === undefined) return;
  const dagtekening = textAt(message, DAGTEKENING_AT);
  if (dagtekening === undefined || dateNumber(value) > dateNumber(dagtekening)) report(out, leaf(at, name), value, dagtekening);
}

/**
 * No date after the Dagtekening: birth dates, Indicatie Afgiftedatum, Toewijzingsdatum of
 * toewijzingen, Begindatum of a MAZ, every Mutatiedatum except the wachtlijst's, CAK Startdatum,
 * and the AW317 Periode Begindatum (reported once per Clienten). Reported at the date and at the Dagtekening.
 */
export const CS023 = recordRule({
  id: 'CS023',
  kinds: HEEN_KINDS,
  meaning: 'Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bestand.',
  // the records holding the dates below (every Datum is a Geboortedatum's), and Clienten
  on: [
    'Geboortedatum',
    'Indicatie',
    'ToegewezenFunctie',
    'ToegewezenZorgzwaartepakket',
    'GeleverdeFunctie',
    'GeleverdZorgzwaartepakket',
    'MutatieFunctie',
    'MutatieZorgzwaartepakket',
    'WachtlijstZorgzwaartepakket',
    'MutatieZorg',
    'GeleverdeZorg',
    'Clienten',
  ],
  visit(at, message, _ctx, out) {
    const record = nameOf(at);
    // Geboortedatum/Datum (client and relatie): the only basisschema Datum elements
    checkDate(at, 'Datum', message, out);
    if (record === 'Indicatie') checkDate(at, 'Afgiftedatum', message, out);
    else if (record === 'ToegewezenFunctie' || record === 'ToegewezenZorgzwaartepakket') checkDate(at, 'Toewijzingsdatum', message, out);
    else if (record === 'GeleverdeFunctie' || record === 'GeleverdZorgzwaartepakket') checkDate(at, 'Begindatum', message, out);
    if (record !== 'WachtlijstZorgzwaartepakket') checkDate(at, 'Mutatiedatum', message, out);
    if (record === 'MutatieZorg' || record === 'GeleverdeZorg') checkDate(at, 'Startdatum', message, out);
    if (record === 'Clienten') {
      const begin = textAt(message, 'Header/Periode/Begindatum');
      if (isBlank(begin)) return;
      const dagtekening = textAt(message, DAGTEKENING_AT);
      if (dagtekening === undefined || dateNumber(begin) > dateNumber(dagtekening)) report(out, '/Bericht/Header/Periode/Begindatum', begin, dagtekening);
    }
  },
});
