import type { Rule } from '../rule.js';
import { REC, clientRecords, findingsAt, leafOf, testValue } from './toewijzing-util.js';

const RECORDS: Partial<Record<string, string>> = {
  AW33: REC.toegewezenZzp,
  ZK31: REC.toegewezenZzp,
  ZK33: REC.toegewezenZzp,
  AW317: REC.wachtlijst,
};

export const CS132: Rule = {
  id: 'CS132',
  kinds: ['AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning: '9 (Verkeerde bed (VKB)) niet vullen.',
  check(message, ctx) {
    const rel = RECORDS[ctx.kind];
    if (!rel) return [];
    return clientRecords(message, rel).flatMap((r) => {
      const lv = leafOf(r, 'Leveringsvorm');
      return testValue(lv, '!9') ? [] : findingsAt(lv);
    });
  },
};
