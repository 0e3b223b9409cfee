import type { Finding, Rule } from '../rule.js';
import { text } from '../walk.js';
import { REC, clientRecords, findingsAt, leafOf, testText } from './toewijzing-util.js';

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
    const out: Finding[] = [];
    for (const r of clientRecords(message, rel)) if (!testText(text(r.node, 'Leveringsvorm'), '!9')) out.push(...findingsAt(leafOf(r, 'Leveringsvorm')));
    return out;
  },
};
