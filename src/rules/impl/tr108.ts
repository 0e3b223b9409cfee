import type { Rule } from '../rule.js';
import { leaf } from '../walk.js';
import { after, beforeSep, dagtekening, zk31PgbToewijzingen } from './aw317-cak-zk31-util.js';

/** ZK31: a PGB ToegewezenZorgzwaartepakket (Leveringsvorm 2) needs a Dagtekening in November or December. */
export const TR108: Rule = {
  id: 'TR108',
  kinds: ['ZK31'],
  meaning:
    "Indien Indicatie tenminste een ToegewezenZorgzwaartepakket bevat waarvan Leveringsvorm de waarde '2'(Persoonsgebonden budget (PGB)) heeft, moet Dagtekening in de maand november of december liggen.",
  check(message) {
    const dag = dagtekening(message);
    const month = beforeSep(after(dag.value ?? '', '-'), '-');
    if (month === '11' || month === '12') return [];
    const detail = `Dagtekening ${dag.value ?? '(leeg)'}`;
    return zk31PgbToewijzingen(message).flatMap((t) => [
      { path: leaf(t, 'Leveringsvorm'), detail },
      ...(dag.value !== undefined ? [{ path: dag.path, detail }] : []),
    ]);
  },
};
