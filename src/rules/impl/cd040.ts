import type { Rule, Finding } from '../rule.js';
import { select } from '../walk.js';
import { REC, checkSameAt, clientRecords } from './toewijzing-util.js';

export const CD040: Rule = {
  id: 'CD040',
  kinds: ['AW33', 'AW39', 'AW317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Als Leveringsvorm de waarde 2 (PGB) bevat, dan leeglaten, anders verplicht vullen.',
  check(message, ctx) {
    const out: Finding[] = [];
    switch (ctx.kind) {
      case 'AW33':
        // AW33: ToewijzingPercentage and Instelling both absent exactly for PGB.
        for (const r of clientRecords(message, REC.toegewezenZzp)) {
          checkSameAt(r, 'Leveringsvorm', '2', r, 'ToewijzingPercentage', '!#', out);
          checkSameAt(r, 'Leveringsvorm', '2', r, 'Instelling', '!#', out);
        }
        break;
      case 'ZK31':
      case 'ZK33':
        for (const r of clientRecords(message, REC.toegewezenZzp)) checkSameAt(r, 'Leveringsvorm', '2', r, 'Instelling', '!#', out);
        break;
      case 'AW317':
        for (const r of clientRecords(message, REC.wachtlijst)) checkSameAt(r, 'Leveringsvorm', '2', r, 'Instelling', '!#', out);
        break;
      case 'AW39':
      case 'ZK39':
        // Per AanvraagInstelling: its ToewijzingPercentage against the Aanvraag's Leveringsvorm.
        for (const a of clientRecords(message, REC.aanvraag))
          for (const ai of select(a, 'AanvraagInstellingen/AanvraagInstelling')) checkSameAt(a, 'Leveringsvorm', '2', ai, 'ToewijzingPercentage', '!#', out);
        break;
      default:
        break;
    }
    return out;
  },
};
