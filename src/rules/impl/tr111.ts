import type { Rule } from '../rule.js';
import { leaf, select, text } from '../walk.js';
import { dateNum, zk31Indicatie } from './aw317-cak-zk31-util.js';

/** ZK31: a ToegewezenFunctie's or ToegewezenZorgzwaartepakket's Einddatum is absent or not before the Overdrachtdatum. */
export const TR111: Rule = {
  id: 'TR111',
  kinds: ['ZK31'],
  meaning: 'De einddatum van de toegewezen zorgeenheid moet leeg zijn of groter of gelijk zijn aan de overdrachtdatum van de indicatie.',
  check(message) {
    const indicatie = zk31Indicatie(message);
    if (!indicatie) return [];
    const overdracht = text(indicatie.node, 'Overdrachtdatum');
    const toewijzingen = [
      ...select(indicatie, 'ToegewezenFuncties/ToegewezenFunctie'),
      ...select(indicatie, 'ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket'),
    ];
    return toewijzingen.flatMap((t) => {
      const eind = text(t.node, 'Einddatum');
      if (eind === undefined) return [];
      if (overdracht !== undefined && !(dateNum(overdracht) > dateNum(eind))) return [];
      const detail = `Einddatum ${eind}, Overdrachtdatum ${overdracht ?? '(leeg)'}`;
      return [...(overdracht !== undefined ? [{ path: leaf(indicatie, 'Overdrachtdatum'), detail }] : []), { path: leaf(t, 'Einddatum'), detail }];
    });
  },
};
