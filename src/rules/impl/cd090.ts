import type { Rule } from '../rule.js';
import { text } from '../walk.js';
import { filled, leveringsstatusRecords, oneOf, present } from './aw317-cak-zk31-util.js';

/** LeveringsstatusClassificatie is filled exactly when Leveringsstatus is 2, 3, 6 or 7. */
export const CD090: Rule = {
  id: 'CD090',
  kinds: ['AW39', 'AW317', 'ZK31', 'ZK39'],
  meaning:
    'Als Leveringsstatus de waarde 2 (Wacht op voorkeur), 3 (Wacht uit voorzorg), 6 (Urgent plaatsen) of 7 (Actief plaatsen) heeft, dan verplicht vullen, anders leeglaten.',
  check(message) {
    return leveringsstatusRecords(message).flatMap((at) => {
      const status = text(at.node, 'Leveringsstatus');
      const classificatie = text(at.node, 'LeveringsstatusClassificatie');
      if (oneOf(status, ['2', '3', '6', '7']) === filled(classificatie)) return [];
      const detail = `Leveringsstatus ${status ?? '(leeg)'}, LeveringsstatusClassificatie ${classificatie ?? '(leeg)'}`;
      return present(at, 'Leveringsstatus', 'LeveringsstatusClassificatie').map((path) => ({ path, detail }));
    });
  },
};
