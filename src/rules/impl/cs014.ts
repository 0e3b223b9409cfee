import type { Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { indicaties, inList, presentLeaves } from './indicatie-util.js';

/** DiagnoseCodelijst → the DiagnoseSubcodelijst values that belong to it. */
const SUBCODELIJSTEN: readonly [string, string][] = [
  ['014', '04,05,06'],
  ['019', '07,08,09,10,11'],
  ['021', '01,02,03'],
  ['023', '12'],
  ['024', '13'],
];

export const CS014: Rule = {
  id: 'CS014',
  kinds: ['IO31', 'AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning: 'Vullen met een waarde die hoort bij de waarde van Diagnosecodelijst.',
  check(message) {
    return indicaties(message).flatMap((ind) =>
      select(ind, 'Stoornissen/Stoornis').flatMap((s) => {
        const lijst = text(s.node, 'DiagnoseCodelijst');
        const sub = text(s.node, 'DiagnoseSubcodelijst');
        return SUBCODELIJSTEN.filter(([l, subs]) => inList(lijst, l) && !inList(sub, subs)).flatMap(() =>
          presentLeaves(s, 'DiagnoseCodelijst', 'DiagnoseSubcodelijst').map((path) => ({
            path,
            detail: `DiagnoseSubcodelijst ${sub ?? '(leeg)'} bij DiagnoseCodelijst ${lijst}`,
          })),
        );
      }),
    );
  },
};
