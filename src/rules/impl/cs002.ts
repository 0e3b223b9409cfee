import type { Rule } from '../rule.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, root, select, text } from '../walk.js';

/** The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). */
export function elfProef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

export const CS002: Rule = {
  id: 'CS002',
  kinds: HEEN_KINDS,
  meaning: 'De waarde moet voldoen aan de 11-proef.',
  check(message) {
    const clients = [...select(root(message), 'Clienten/Client'), ...select(root(message), 'Client')];
    return clients.flatMap((c) => {
      const bsn = text(c.node, 'Bsn');
      return bsn !== undefined && !elfProef(bsn) ? [{ path: leaf(c, 'Bsn'), detail: `Bsn ${bsn}` }] : [];
    });
  },
};
