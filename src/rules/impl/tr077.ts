import type { Finding, Rule } from '../rule.js';
import { select } from '../walk.js';
import { clientRecords, isOneDayPeriodOverlay, isPeriodOverlay } from './toewijzing-util.js';

export const TR077: Rule = {
  id: 'TR077',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning:
    'Wanneer meer ToegewezenFuncties met dezelfde Functiecode en dezelfde Soort voorkomen, dan mogen deze ToegewezenFuncties maximaal één dag overlappen.',
  check(message) {
    const out: Finding[] = [];
    const lists = clientRecords(message, 'Indicatie/ToegewezenFuncties');
    for (const list of lists) {
      const tf = select(list, 'ToegewezenFunctie');
      for (let j = 1; j < tf.length; j++) {
        const later = tf[j]!;
        for (let k = 0; k < j; k++) {
          const earlier = tf[k]!;
          const sameCode = later.node.FunctieCode !== undefined && later.node.FunctieCode === earlier.node.FunctieCode;
          const sameSoort = later.node.Soort !== undefined && later.node.Soort === earlier.node.Soort;
          if (!sameCode || !sameSoort) continue;
          if (isPeriodOverlay(later.node, earlier.node) && !isOneDayPeriodOverlay(later.node, earlier.node)) {
            const detail = `FunctieCode ${String(later.node.FunctieCode)}, Soort ${String(later.node.Soort)}`;
            out.push({ path: earlier.path, detail }, { path: later.path, detail });
          }
        }
      }
    }
    return out;
  },
};
