import type { Rule } from '../rule.js';
import { REC, clientRecords, findingsAt, leafOf, testValue } from './toewijzing-util.js';

export const TR119: Rule = {
  id: 'TR119',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning: 'Indien Soort de waarde 5 (Administratief) bevat, dan moet Opname, indien gevuld, de waarde 1 (Ja) bevatten.',
  check(message) {
    return clientRecords(message, REC.toegewezenZzp).flatMap((r) => {
      const opname = leafOf(r, 'Opname');
      if (!opname.length) return [];
      const soort = leafOf(r, 'Soort');
      return testValue(soort, '5') && !testValue(opname, '1') ? findingsAt(soort, opname) : [];
    });
  },
};
