import type { Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { clients, filled, oneOf, present } from './aw317-cak-zk31-util.js';

/** CA317: GeleverdeZorg/Instelling is filled exactly when Leveringsvorm is 4, 5, 8 or 9. */
export const CD091: Rule = {
  id: 'CD091',
  kinds: ['CA317'],
  meaning:
    'Als Leveringsvorm de waarde 4 (Verblijf), 5 (VPT), 8 (DTV) of 9 (VKB) heeft, dan verplicht vullen, anders leeglaten.',
  check(message) {
    const zorg = clients(message).flatMap((c) => select(c, 'ZorgLeveringen/GeleverdeZorg'));
    return zorg.flatMap((g) => {
      const vorm = text(g.node, 'Leveringsvorm');
      const instelling = text(g.node, 'Instelling');
      if (oneOf(vorm, ['4', '5', '8', '9']) === filled(instelling)) return [];
      const detail = `Leveringsvorm ${vorm ?? '(leeg)'}, Instelling ${instelling ?? '(leeg)'}`;
      return present(g, 'Instelling', 'Leveringsvorm').map((path) => ({ path, detail }));
    });
  },
};
