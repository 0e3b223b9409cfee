import type { Rule } from '../rule.js';
import { REC, leveringsvormSameAt } from './toewijzing-util.js';

/** Where the official validation checks CD072: the ZZP records that carry Etmalen. */
const RECORDS: Partial<Record<string, string>> = {
  AW33: REC.toegewezenZzp,
  ZK31: REC.toegewezenZzp,
  ZK33: REC.toegewezenZzp,
  AW35: REC.geleverdZzp,
  ZK35: REC.geleverdZzp,
  AW39: REC.aanvraag,
  ZK39: REC.aanvraag,
  AW317: REC.wachtlijst,
  CA317: REC.geleverdeZorg,
};

export const CD072: Rule = {
  id: 'CD072',
  kinds: ['AW33', 'AW35', 'AW39', 'AW317', 'CA317', 'ZK31', 'ZK33', 'ZK35', 'ZK39'],
  meaning: 'Als Leveringsvorm de waarde 8 (DTV) heeft, dan verplicht vullen, anders leeglaten.',
  check(message, ctx) {
    const rel = RECORDS[ctx.kind];
    if (!rel) return [];
    // Etmalen present exactly when Leveringsvorm is 8; reported at Leveringsvorm and Etmalen.
    return leveringsvormSameAt(message, rel, '8', 'Etmalen', '#');
  },
};
