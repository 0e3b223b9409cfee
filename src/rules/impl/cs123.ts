import { recordRule } from '../record-rule.js';
import { leaf, text } from '../walk.js';
import { oneOf } from './client-util.js';

const WIJKCOACH = ['25'];

/** A Relatie's Soort is not 25 (wijkcoach). */
export const CS123 = recordRule({
  id: 'CS123',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: '25 (Wijkcoach) niet vullen.',
  on: ['Relatie'], // every Relatie of the client (Relatie is nowhere else)
  visit(r, _message, _ctx, out) {
    if (oneOf(text(r.node, 'Soort'), WIJKCOACH)) out.push({ path: leaf(r, 'Soort'), detail: 'Soort 25' });
  },
});
