import type { Rule } from '../rule.js';
import { REC, leveringsvormSameAt } from './toewijzing-util.js';

const RECORDS: Partial<Record<string, string>> = {
  AW33: REC.toegewezenZzp,
  ZK31: REC.toegewezenZzp,
  ZK33: REC.toegewezenZzp,
  AW39: REC.aanvraag,
  ZK39: REC.aanvraag,
};

export const CD050: Rule = {
  id: 'CD050',
  kinds: ['AW33', 'AW39', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Als leveringsvorm de waarde 7 (MPT) heeft, dan verplicht vullen, anders leeg laten.',
  check(message, ctx) {
    const rel = RECORDS[ctx.kind];
    if (!rel) return [];
    return leveringsvormSameAt(message, rel, '7', 'CoordinatorZorgThuis', '*');
  },
};
