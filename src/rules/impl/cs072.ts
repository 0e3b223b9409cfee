import type { Rule } from '../rule.js';
import { REC, clientRecords, findingsAt, leafOf, testValue } from './toewijzing-util.js';

const RECORDS: Partial<Record<string, string>> = {
  AW33: REC.toegewezenFunctie,
  ZK31: REC.toegewezenFunctie,
  ZK33: REC.toegewezenFunctie,
  AW39: `${REC.aanvraag}/AanvraagInstellingen/AanvraagInstelling`,
  ZK39: `${REC.aanvraag}/AanvraagInstellingen/AanvraagInstelling`,
  AW317: REC.wachtlijst,
};

export const CS072: Rule = {
  id: 'CS072',
  kinds: ['AW33', 'AW39', 'AW317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: '5 (administratief) niet vullen.',
  check(message, ctx) {
    const rel = RECORDS[ctx.kind];
    if (!rel) return [];
    return clientRecords(message, rel).flatMap((r) => {
      const soort = leafOf(r, 'Soort');
      return soort.length && testValue(soort, '5') ? findingsAt(soort) : [];
    });
  },
};
