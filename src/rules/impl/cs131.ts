import type { Rule } from '../rule.js';
import { text } from '../walk.js';
import { leveringsstatusRecords, oneOf, present } from './aw317-cak-zk31-util.js';

/** The classificaties allowed per Leveringsstatus (other statuses are not checked). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  '6': ['01', '02', '03', '04', '05', '06', '07', '08'],
  '7': ['09', '10', '11', '12'],
  '2': ['13', '14', '15', '16', '17', '18', '19'],
  '3': ['13', '14', '15', '17', '18', '19'],
};

export const CS131: Rule = {
  id: 'CS131',
  kinds: ['AW39', 'AW317', 'ZK31', 'ZK39'],
  meaning: 'Vullen met een waarde die hoort bij de waarde van Leveringsstatus.',
  check(message) {
    return leveringsstatusRecords(message).flatMap((at) => {
      const status = text(at.node, 'Leveringsstatus');
      const classificatie = text(at.node, 'LeveringsstatusClassificatie');
      // One test per status, as the stylesheet does: only the status's own test can fail.
      return Object.entries(ALLOWED)
        .filter(([s, codes]) => oneOf(status, [s]) && !oneOf(classificatie, codes))
        .flatMap(() => {
          const detail = `Leveringsstatus ${status ?? ''}, LeveringsstatusClassificatie ${classificatie ?? '(leeg)'}`;
          return present(at, 'Leveringsstatus', 'LeveringsstatusClassificatie').map((path) => ({ path, detail }));
        });
    });
  },
};
