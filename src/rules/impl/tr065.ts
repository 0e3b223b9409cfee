import type { Rule } from '../rule.js';
import { root, select, text } from '../walk.js';
import { REC, clientRecords, findingsAt, leafOf, testValue } from './toewijzing-util.js';

export const TR065: Rule = {
  id: 'TR065',
  kinds: ['ZK31', 'ZK33'],
  meaning: 'De toewijzende partij moet overeenkomen met de Afzender van het bericht.',
  check(message) {
    const header = select(root(message), 'Header')[0];
    const afzender = (header && text(header.node, 'Afzender')) ?? '';
    return [...clientRecords(message, REC.toegewezenFunctie), ...clientRecords(message, REC.toegewezenZzp)].flatMap((t) => {
      const zk = leafOf(t, 'Zorgkantoor');
      // The Afzender's text is the list of allowed values, as in the official check.
      return zk.length && !testValue(zk, afzender) ? findingsAt(zk) : [];
    });
  },
};
