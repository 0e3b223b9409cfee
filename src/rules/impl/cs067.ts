import type { Rule } from '../rule.js';
import { leaf, select, text } from '../walk.js';
import { clients, oneOf } from './aw317-cak-zk31-util.js';

/** CA319 MutatieZorg: Mutatiecode is 19 or 20. */
export const CS067: Rule = {
  id: 'CS067',
  kinds: ['CA319'],
  meaning:
    '19 (levering is beeindigd - zorgtoewijzing intrekken), of 20 (levering is beeindigd - zorgtoewijzing open laten) vullen.',
  check(message) {
    const records = clients(message).flatMap((c) => select(c, 'MutatiesZorg/MutatieZorg'));
    return records.flatMap((r) => {
      const code = text(r.node, 'Mutatiecode');
      return code === undefined || oneOf(code, ['19', '20']) ? [] : [{ path: leaf(r, 'Mutatiecode'), detail: `Mutatiecode ${code}` }];
    });
  },
};
