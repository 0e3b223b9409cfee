import type { Rule } from '../rule.js';
import { root, select, text } from '../walk.js';
import { adjustDate, dagtekening, dateNum, norm } from './aw317-cak-zk31-util.js';

/**
 * AW317: the Dagtekening lies at least 7 days after Header/Periode/Einddatum (the stylesheet adds 6
 * days with its own calendar arithmetic and requires the Dagtekening to be later).
 */
export const TR091: Rule = {
  id: 'TR091',
  kinds: ['AW317'],
  meaning: 'Dagtekening moet minimaal 7 dagen na de Einddatum van Periode liggen.',
  check(message) {
    const dag = dagtekening(message);
    const periode = select(root(message), 'Header/Periode')[0];
    const eind = periode ? text(periode.node, 'Einddatum') : undefined;
    if (dag.value === undefined || periode === undefined || eind === undefined || norm(eind) === '') return [];
    const limit = adjustDate(dateNum(eind) + 6);
    if (!(dateNum(dag.value) <= limit)) return [];
    const detail = `Dagtekening ${dag.value}, Einddatum Periode ${eind}`;
    return [
      { path: dag.path, detail },
      { path: `${periode.path}/Einddatum`, detail },
    ];
  },
};
