import type { Finding, Rule } from '../rule.js';
import { text } from '../walk.js';
import { REC, clientRecords, findingsAt, leafOf, testText } from './toewijzing-util.js';

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
    const out: Finding[] = [];
    for (const r of clientRecords(message, rel)) {
      const soort = text(r.node, 'Soort');
      if (soort !== undefined && testText(soort, '5')) out.push(...findingsAt(leafOf(r, 'Soort')));
    }
    return out;
  },
};
