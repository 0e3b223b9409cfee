import type { Rule } from '../rule.js';
import { descendants, kids, root } from '../walk.js';
import { findingsAt, nameOf, notBefore } from './indicatie-util.js';

/** Records whose Einddatum closes a period that starts at their Ingangsdatum. */
const WITH_INGANGSDATUM = new Set(['Indicatie', 'GeindiceerdZorgzwaartepakket', 'GeindiceerdeFunctie', 'ToegewezenFunctie', 'ToegewezenZorgzwaartepakket']);

/**
 * Einddatum ≥ Ingangsdatum of the Indicatie and its units and toewijzingen, Contact/Periode
 * Einddatum ≥ Begindatum (an Einddatum without Begindatum is reported too), AanvraagInstelling
 * ToewijzingEinddatum ≥ ToewijzingIngangsdatum. Both dates are reported. (In AW317 only Indicatie
 * and GeindiceerdZorgzwaartepakket have these elements.)
 */
export const CS003: Rule = {
  id: 'CS003',
  kinds: ['IO31', 'AW33', 'AW39', 'AW317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum (of Ingangsdatum) van de aangeduide periode.',
  check(message) {
    const paths: string[] = [];
    for (const at of descendants(root(message))) {
      const name = nameOf(at);
      if (WITH_INGANGSDATUM.has(name)) paths.push(...notBefore({ at, name: 'Einddatum' }, { at, name: 'Ingangsdatum' }));
      else if (name === 'AanvraagInstelling') paths.push(...notBefore({ at, name: 'ToewijzingEinddatum' }, { at, name: 'ToewijzingIngangsdatum' }));
      else if (name === 'Contact') {
        for (const periode of kids(at, 'Periode')) paths.push(...notBefore({ at: periode, name: 'Einddatum' }, { at: periode, name: 'Begindatum' }));
      }
    }
    return findingsAt(paths);
  },
};
