import type { Rule } from '../rule.js';
import { select } from '../walk.js';
import { REC, checkSame, clientRecords, leafOf, leveringsvormSameAt } from './toewijzing-util.js';

const OWN_OPNAME: Partial<Record<string, string>> = {
  AW33: REC.toegewezenZzp,
  ZK31: REC.toegewezenZzp,
  ZK33: REC.toegewezenZzp,
  AW317: REC.wachtlijst,
};

export const CD052: Rule = {
  id: 'CD052',
  kinds: ['AW33', 'AW39', 'AW317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Als leveringsvorm de waarde 4 (Verblijf) of 8 (DTV) heeft, dan verplicht vullen, anders leeglaten.',
  check(message, ctx) {
    const rel = OWN_OPNAME[ctx.kind];
    if (rel) return leveringsvormSameAt(message, rel, '4,8', 'Opname', '*');
    if (ctx.kind !== 'AW39' && ctx.kind !== 'ZK39') return [];
    // An Aanvraag: its Leveringsvorm against the Opname of all its AanvraagInstellingen together.
    return clientRecords(message, REC.aanvraag).flatMap((a) => {
      const opnames = select(a, 'AanvraagInstellingen/AanvraagInstelling').flatMap((ai) => leafOf(ai, 'Opname'));
      return checkSame(leafOf(a, 'Leveringsvorm'), '4,8', opnames, '*');
    });
  },
};
