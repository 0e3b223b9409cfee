import { recordRule } from '../record-rule.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text } from '../walk.js';

/** The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). */
export function elfProef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

export const CS002 = recordRule({
  id: 'CS002',
  kinds: HEEN_KINDS,
  meaning: 'De waarde moet voldoen aan de 11-proef.',
  on: ['Client'], // Clienten/Client, or the Client of ZK31 (Client is nowhere else)
  visit(c, _message, _ctx, out) {
    const bsn = text(c.node, 'Bsn');
    if (bsn !== undefined && !elfProef(bsn)) out.push({ path: leaf(c, 'Bsn'), detail: `Bsn ${bsn}` });
  },
});
