import type { Rule } from '../rule.js';
import { REC, leveringsvormSameAt } from './toewijzing-util.js';

/** The record and the element that must be filled exactly for Leveringsvorm 4, 5, 8 or 9. */
const RECORDS: Partial<Record<string, [string, string]>> = {
  AW33: [REC.toegewezenZzp, 'Dossierhouder'],
  ZK31: [REC.toegewezenZzp, 'Dossierhouder'],
  ZK33: [REC.toegewezenZzp, 'Dossierhouder'],
  AW39: [REC.aanvraag, 'Dossierhouder'],
  ZK39: [REC.aanvraag, 'Dossierhouder'],
  CA317: [REC.geleverdeZorg, 'Instelling'],
};

export const CD073: Rule = {
  id: 'CD073',
  kinds: ['AW33', 'AW39', 'CA317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Als Leveringsvorm de waarde 4 (Verblijf), 5 (VPT) of 8 (DTV) heeft, dan verplicht vullen, anders leeglaten.',
  check(message, ctx) {
    const entry = RECORDS[ctx.kind];
    if (!entry) return [];
    const [rel, other] = entry;
    // The official check also counts 9 (VKB) among the values, unlike the rule text.
    return leveringsvormSameAt(message, rel, '4,5,8,9', other, '*');
  },
};
