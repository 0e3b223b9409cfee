import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { after, zk31Indicatie, zk31PgbToewijzingen } from './aw317-cak-zk31-util.js';

/** ZK31: a PGB ToegewezenZorgzwaartepakket (Leveringsvorm 2) needs an Overdrachtdatum on 1 January. */
export const TR109: Rule = {
  id: 'TR109',
  kinds: ['ZK31'],
  meaning:
    "Indien Indicatie tenminste een ToegewezenZorgzwaartepakket bevat waarvan Leveringsvorm de waarde '2' (Persoonsgebonden budget (PGB)) heeft, moet Overdrachtdatum gelijk zijn aan 1 januari.",
  check(message) {
    const indicatie = zk31Indicatie(message);
    const overdracht = indicatie ? text(indicatie.node, 'Overdrachtdatum') : undefined;
    if (after(overdracht ?? '', '-') === '01-01') return [];
    const detail = `Overdrachtdatum ${overdracht ?? '(leeg)'}`;
    return zk31PgbToewijzingen(message).flatMap((t) => [
      { path: leaf(t, 'Leveringsvorm'), detail },
      ...(indicatie && overdracht !== undefined ? [{ path: leaf(indicatie, 'Overdrachtdatum'), detail }] : []),
    ]);
  },
};
