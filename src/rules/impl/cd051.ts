import type { Rule } from '../rule.js';
import { REC, leveringsvormSameAt } from './toewijzing-util.js';

const RECORDS: Partial<Record<string, string>> = {
  AW33: REC.toegewezenZzp,
  ZK31: REC.toegewezenZzp,
  ZK33: REC.toegewezenZzp,
  AW35: REC.geleverdZzp,
  ZK35: REC.geleverdZzp,
  AW39: REC.aanvraag,
  ZK39: REC.aanvraag,
};

export const CD051: Rule = {
  id: 'CD051',
  kinds: ['AW33', 'AW35', 'AW39', 'ZK31', 'ZK33', 'ZK35', 'ZK39'],
  meaning: 'Als Leveringsvorm de waarde 4 (Verblijf) of 5 (VPT) heeft, dan verplicht vullen, anders leeglaten.',
  check(message, ctx) {
    const rel = RECORDS[ctx.kind];
    if (!rel) return [];
    return leveringsvormSameAt(message, rel, '4,5', 'Klasse', '*');
  },
};
