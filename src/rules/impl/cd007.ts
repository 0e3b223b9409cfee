import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text } from '../walk.js';
import { filled, findings, norm } from './client-util.js';
import { recordRule } from '../record-rule.js';

/**
 * Communicatie (any element with Vorm or Taal) has a Taal exactly when Vorm is 1 (tolk taal),
 * reported at Vorm and Taal. Every message XSL includes the rule; only IO31, AW33, ZK31 and ZK33
 * carry a Communicatie.
 */
export const CD007 = recordRule({
  id: 'CD007',
  kinds: HEEN_KINDS,
  meaning: 'Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten.',
  on: ['Communicatie'], // the only record with Vorm or Taal
  visit(at, _message, _ctx, out) {
    if (at.node.Vorm === undefined && at.node.Taal === undefined) return;
    const vorm = text(at.node, 'Vorm');
    const taal = text(at.node, 'Taal');
    if (filled(taal) === (norm(vorm) === '1')) return;
    out.push(...findings([[leaf(at, 'Vorm'), vorm !== undefined], [leaf(at, 'Taal'), taal !== undefined]], `Vorm ${vorm ?? '(leeg)'}, Taal ${taal ?? '(leeg)'}`));
  },
});
