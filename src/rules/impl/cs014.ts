import { recordRule } from '../record-rule.js';
import { text } from '../walk.js';
import { inList, presentLeaves } from './indicatie-util.js';

/** DiagnoseCodelijst → the DiagnoseSubcodelijst values that belong to it. */
const SUBCODELIJSTEN: readonly [string, string][] = [
  ['014', '04,05,06'],
  ['019', '07,08,09,10,11'],
  ['021', '01,02,03'],
  ['023', '12'],
  ['024', '13'],
];

export const CS014 = recordRule({
  id: 'CS014',
  kinds: ['IO31', 'AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning: 'Vullen met een waarde die hoort bij de waarde van Diagnosecodelijst.',
  on: ['Stoornis'], // the Stoornissen of every Indicatie (Stoornis is nowhere else)
  visit(s, _message, _ctx, out) {
    const lijst = text(s.node, 'DiagnoseCodelijst');
    const sub = text(s.node, 'DiagnoseSubcodelijst');
    for (const [l, subs] of SUBCODELIJSTEN) {
      if (!inList(lijst, l) || inList(sub, subs)) continue;
      for (const path of presentLeaves(s, 'DiagnoseCodelijst', 'DiagnoseSubcodelijst')) out.push({ path, detail: `DiagnoseSubcodelijst ${sub ?? '(leeg)'} bij DiagnoseCodelijst ${lijst}` });
    }
  },
});
