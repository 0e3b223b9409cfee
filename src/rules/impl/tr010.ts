import { recordRule } from '../record-rule.js';
import { leaf, text } from '../walk.js';
import { FUNCTIE_RECORDS, isBlank, nameOf, normalizeSpace } from './indicatie-util.js';

/** FunctieCode → its maximum Klasse; other codes only know Klasse 99, where Opslag is never allowed. */
const MAXIMUM: Readonly<Record<string, string>> = { '21': 'K8', '31': 'K8', '41': 'K7', '64': 'KD09', '71': 'KE7', '81': 'K8', '82': 'KD09' };

export const TR010 = recordRule({
  id: 'TR010',
  kinds: ['IO31', 'AW33', 'AW35', 'ZK31', 'ZK33', 'ZK35'],
  meaning: "Opslag mag niet gevuld zijn als Klasse de waarde '99' bevat of Klasse niet de maximum waarde bevat.",
  on: [...FUNCTIE_RECORDS], // the records with an Opslag
  visit(at, _message, _ctx, out) {
    const opslag = text(at.node, 'Opslag');
    if (opslag === undefined) return; // blank: nothing to check
    const klasse = text(at.node, 'Klasse');
    const applies = FUNCTIE_RECORDS.has(nameOf(at)) || (opslag !== undefined && klasse !== undefined);
    if (!applies || isBlank(opslag)) return;
    const functie = text(at.node, 'FunctieCode');
    const maximum = functie === undefined ? undefined : MAXIMUM[functie];
    // the stylesheet compares FunctieCode exactly and Klasse normalized; an absent Klasse is never 99
    const wrong = maximum !== undefined ? normalizeSpace(klasse) !== maximum : klasse !== undefined && normalizeSpace(klasse) === '99';
    if (!wrong) return;
    const detail = `Opslag ${opslag ?? ''} bij Klasse ${klasse ?? '(leeg)'}${maximum ? ` (maximum ${maximum})` : ''}`;
    if (klasse !== undefined) out.push({ path: leaf(at, 'Klasse'), detail });
    out.push({ path: leaf(at, 'Opslag'), detail });
  },
});
