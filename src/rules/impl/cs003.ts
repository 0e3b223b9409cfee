import type { Finding } from '../rule.js';
import { recordRule } from '../record-rule.js';
import { type At, kids, text } from '../walk.js';
import { nameOf, pushNotBefore } from './indicatie-util.js';

/** Records whose Einddatum closes a period that starts at their Ingangsdatum. */
const WITH_INGANGSDATUM = new Set(['Indicatie', 'GeindiceerdZorgzwaartepakket', 'GeindiceerdeFunctie', 'ToegewezenFunctie', 'ToegewezenZorgzwaartepakket']);

/** The stylesheet's checkafter of two dates of a record, when the later one is there. */
function report(out: Finding[], at: At, later: string, earlier: string): void {
  if (text(at.node, later) === undefined) return;
  pushNotBefore(out, at, later, earlier);
}

/**
 * Einddatum ≥ Ingangsdatum of the Indicatie and its units and toewijzingen, Contact/Periode
 * Einddatum ≥ Begindatum (an Einddatum without Begindatum is reported too), AanvraagInstelling
 * ToewijzingEinddatum ≥ ToewijzingIngangsdatum. Both dates are reported. (In AW317 only Indicatie
 * and GeindiceerdZorgzwaartepakket have these elements.)
 */
export const CS003 = recordRule({
  id: 'CS003',
  kinds: ['IO31', 'AW33', 'AW39', 'AW317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum (of Ingangsdatum) van de aangeduide periode.',
  on: [...WITH_INGANGSDATUM, 'AanvraagInstelling', 'Contact'],
  visit(at, _message, _ctx, out) {
    const name = nameOf(at);
    if (WITH_INGANGSDATUM.has(name)) report(out, at, 'Einddatum', 'Ingangsdatum');
    else if (name === 'AanvraagInstelling') report(out, at, 'ToewijzingEinddatum', 'ToewijzingIngangsdatum');
    else for (const periode of kids(at, 'Periode')) report(out, periode, 'Einddatum', 'Begindatum');
  },
});
