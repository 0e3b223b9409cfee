import type { Finding, Rule } from '../rule.js';
import { REC, clientRecords, dateNumber, findingsAt, leafOf } from './toewijzing-util.js';

export const TR124: Rule = {
  id: 'TR124',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning: 'Indien Leveringsvorm de waarde 8 (Deeltijdverblijf (DTV)) heeft, moet Ingangsdatum groter of gelijk zijn aan 01-01-2020.',
  check(message) {
    const out: Finding[] = [];
    for (const r of clientRecords(message, REC.toegewezenZzp)) {
      if (r.node.Leveringsvorm !== '8' || r.node.Ingangsdatum === undefined) continue;
      if (dateNumber(r.node, 'Ingangsdatum') < 20200101) out.push(...findingsAt(leafOf(r, 'Ingangsdatum'), leafOf(r, 'Leveringsvorm')));
    }
    return out;
  },
};
