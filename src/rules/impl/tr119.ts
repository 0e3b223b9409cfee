import type { Finding, Rule } from '../rule.js';
import { text } from '../walk.js';
import { REC, clientRecords, findingsAt, leafOf, testText } from './toewijzing-util.js';

export const TR119: Rule = {
  id: 'TR119',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning: 'Indien Soort de waarde 5 (Administratief) bevat, dan moet Opname, indien gevuld, de waarde 1 (Ja) bevatten.',
  check(message) {
    const out: Finding[] = [];
    for (const r of clientRecords(message, REC.toegewezenZzp)) {
      const opname = text(r.node, 'Opname');
      if (opname === undefined) continue;
      if (testText(text(r.node, 'Soort'), '5') && !testText(opname, '1')) out.push(...findingsAt(leafOf(r, 'Soort'), leafOf(r, 'Opname')));
    }
    return out;
  },
};
