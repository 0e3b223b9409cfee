import type { Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { clients, dateNum, oneOf, present } from './aw317-cak-zk31-util.js';

/**
 * CA317: GeleverdeZorg/Klasse is present exactly when Leveringsvorm is 4 or 5 and Startdatum is
 * on or before 2019-12-31; from 2020 on Klasse is absent.
 */
export const CD071: Rule = {
  id: 'CD071',
  kinds: ['CA317'],
  meaning:
    'Als Leveringsvorm de waarde 4 (Verblijf) of 5 (VPT) heeft en Startdatum is kleiner of gelijk aan 31-12-2019, dan verplicht vullen, anders leeglaten.',
  check(message) {
    const zorg = clients(message).flatMap((c) => select(c, 'ZorgLeveringen/GeleverdeZorg'));
    return zorg.flatMap((g) => {
      const start = text(g.node, 'Startdatum');
      const vorm = text(g.node, 'Leveringsvorm');
      const klasse = g.node.Klasse !== undefined;
      const required = dateNum(start) > 20191231 ? false : oneOf(vorm, ['4', '5']);
      if (required === klasse) return [];
      const detail = `Leveringsvorm ${vorm ?? '(leeg)'}, Startdatum ${start ?? '(leeg)'}, Klasse ${klasse ? 'gevuld' : 'leeg'}`;
      return present(g, 'Startdatum', 'Klasse', 'Leveringsvorm').map((path) => ({ path, detail }));
    });
  },
};
