import type { Rule } from '../rule.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import { type At, descendants, leaf, root, text, textAt } from '../walk.js';
import { dateNumber, isBlank, nameOf } from './indicatie-util.js';

const DAGTEKENING = '/Bericht/Header/BerichtIdentificatie/Dagtekening';

/** The date leaves the stylesheet checks, by the name of the record holding them (absent ones left out). */
function checkedDates(at: At, names: string[]): string[] {
  const record = nameOf(at);
  const node = at.node;
  names.length = 0;
  const add = (name: string): void => {
    if (typeof node[name] === 'string') names.push(name);
  };
  // Geboortedatum/Datum (client and relatie): the only basisschema Datum elements
  if (node.Datum !== undefined) add('Datum');
  if (record === 'Indicatie') add('Afgiftedatum');
  if (record === 'ToegewezenFunctie' || record === 'ToegewezenZorgzwaartepakket') add('Toewijzingsdatum');
  if (record === 'GeleverdeFunctie' || record === 'GeleverdZorgzwaartepakket') add('Begindatum');
  if (record !== 'WachtlijstZorgzwaartepakket') add('Mutatiedatum');
  if (record === 'MutatieZorg' || record === 'GeleverdeZorg') add('Startdatum');
  return names;
}

/**
 * No date after the Dagtekening: birth dates, Indicatie Afgiftedatum, Toewijzingsdatum of
 * toewijzingen, Begindatum of a MAZ, every Mutatiedatum except the wachtlijst's, CAK Startdatum,
 * and the AW317 Periode Begindatum (reported once per Clienten). Reported at the date and at the Dagtekening.
 */
export const CS023: Rule = {
  id: 'CS023',
  kinds: HEEN_KINDS,
  meaning: 'Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bestand.',
  check(message) {
    const dagtekening = textAt(message, 'Header/BerichtIdentificatie/Dagtekening');
    const limit = dateNumber(dagtekening);
    const out: { path: string; detail: string }[] = [];
    const report = (path: string, value: string | undefined): void => {
      const detail = `${value ?? ''} na Dagtekening ${dagtekening ?? '(ontbreekt)'}`;
      if (dagtekening !== undefined) out.push({ path: DAGTEKENING, detail });
      out.push({ path, detail });
    };
    const bericht = root(message);
    const names: string[] = [];
    for (const at of descendants(bericht)) {
      if (at === bericht) continue;
      for (const name of checkedDates(at, names)) {
        const value = text(at.node, name);
        if (dagtekening === undefined || dateNumber(value) > limit) report(leaf(at, name), value);
      }
      if (nameOf(at) === 'Clienten') {
        const begin = textAt(message, 'Header/Periode/Begindatum');
        if (!isBlank(begin) && (dagtekening === undefined || dateNumber(begin) > limit)) report('/Bericht/Header/Periode/Begindatum', begin);
      }
    }
    return out;
  },
};
