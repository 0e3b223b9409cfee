import type { Finding, Rule } from '../rule.js';
import { root, select, text } from '../walk.js';
import { dagtekening, dateNum, present } from './aw317-cak-zk31-util.js';

/** AW317: Header/Periode/Einddatum is not before the Begindatum and not after the Dagtekening. */
export const CS108: Rule = {
  id: 'CS108',
  kinds: ['AW317'],
  meaning:
    'Vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de aangeduide periode én die niet groter is dan de Dagtekening van het bestand.',
  check(message) {
    const out: Finding[] = [];
    for (const periode of select(root(message), 'Header/Periode')) {
      const eind = text(periode.node, 'Einddatum');
      if (eind === undefined) continue;
      const begin = text(periode.node, 'Begindatum');
      if (begin === undefined || dateNum(begin) > dateNum(eind)) {
        const detail = `Begindatum ${begin ?? '(leeg)'}, Einddatum ${eind}`;
        out.push(...present(periode, 'Begindatum', 'Einddatum').map((path) => ({ path, detail })));
      }
      const dag = dagtekening(message);
      if (dag.value === undefined || dateNum(eind) > dateNum(dag.value)) {
        const detail = `Einddatum ${eind}, Dagtekening ${dag.value ?? '(leeg)'}`;
        if (dag.value !== undefined) out.push({ path: dag.path, detail });
        out.push(...present(periode, 'Einddatum').map((path) => ({ path, detail })));
      }
    }
    return out;
  },
};
