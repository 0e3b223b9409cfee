import type { Finding, Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { clients } from './client-util.js';

/** The stylesheet's pattern `\0\1000000` on the raw text: 01 followed by six digits. */
const HUISARTS = /^01[0-9]{6}$/;

/** A client's Huisarts AGB code starts with 01 (huisartsen). */
export const CS069: Rule = {
  id: 'CS069',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Eerste twee posities moet de waarde 01 (huisartsen) bevatten.',
  check(message) {
    const out: Finding[] = [];
    for (const c of clients(message)) {
      const huisarts = text(c.node, 'Huisarts');
      if (huisarts !== undefined && !HUISARTS.test(huisarts)) out.push({ path: leaf(c, 'Huisarts'), detail: `Huisarts ${huisarts}` });
    }
    return out;
  },
};
