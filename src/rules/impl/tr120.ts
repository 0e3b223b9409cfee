import type { Finding, Rule } from '../rule.js';
import { leaf, select, text } from '../walk.js';
import { at, records } from './levering-util.js';

/**
 * Aanvraag with Leveringsvorm 4 (Verblijf): at most one AanvraagInstelling with Opname 1 per
 * combination of ToewijzingIngangsdatum and Soort. Each later duplicate of an earlier one is
 * reported at the Leveringsvorm and at Opname, ToewijzingIngangsdatum and Soort of both.
 */
export const TR120: Rule = {
  id: 'TR120',
  kinds: ['AW39', 'ZK39'],
  meaning:
    'Als Leveringsvorm in Aanvraag de waarde ‘4’ (Verblijf) bevat, mag er voor iedere combinatie van ToewijzingIngangsdatum en Soort maximaal één AanvraagInstelling aanwezig zijn waarvan Opname de waarde ‘1’ (Ja) bevat.',
  check(message) {
    return records(message, 'Aanvragen/Aanvraag').flatMap((a) => {
      if (text(a.node, 'Leveringsvorm') !== '4') return [];
      const opname = select(a, 'AanvraagInstellingen/AanvraagInstelling').filter((i) => text(i.node, 'Opname') === '1');
      const out: Finding[] = [];
      opname.forEach((first, n) => {
        const datum = text(first.node, 'ToewijzingIngangsdatum');
        const soort = text(first.node, 'Soort');
        if (datum === undefined || soort === undefined) return;
        for (const later of opname.slice(n + 1)) {
          if (text(later.node, 'Soort') !== soort || text(later.node, 'ToewijzingIngangsdatum') !== datum) continue;
          out.push(
            { path: leaf(a, 'Leveringsvorm'), detail: `twee AanvraagInstellingen met Opname 1, Soort ${soort} en ToewijzingIngangsdatum ${datum}` },
            ...at(first, 'Soort', 'ToewijzingIngangsdatum', 'Opname'),
            ...at(later, 'Soort', 'ToewijzingIngangsdatum', 'Opname'),
          );
        }
      });
      return out;
    });
  },
};
