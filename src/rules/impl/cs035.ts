import { recordRule } from '../record-rule.js';
import { leaf, text } from '../walk.js';
import { oneOf } from './client-util.js';

const GESCHEIDEN = ['3', '6'];

/** A client's BurgerlijkeStaat is not 3 (gescheiden) or 6 (gescheiden geregistreerd partner). */
export const CS035 = recordRule({
  id: 'CS035',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: '3 (gescheiden) en 6 (gescheiden geregistreerd partner) niet vullen.',
  on: ['Client'], // Clienten/Client, or the Client of ZK31 (Client is nowhere else)
  visit(c, _message, _ctx, out) {
    const staat = text(c.node, 'BurgerlijkeStaat');
    if (oneOf(staat, GESCHEIDEN)) out.push({ path: leaf(c, 'BurgerlijkeStaat'), detail: `BurgerlijkeStaat ${staat ?? ''}` });
  },
});
