import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding, Rule } from '../rule.js';
import { text } from '../walk.js';
import { belongsTo, normalizeSpace } from './levering-util.js';

/**
 * AW35/AW39: the sending aanbieder (Header/Afzender, an iWlz-AGB code) belongs to the receiving
 * zorgkantoor (Header/Ontvanger) according to the iWlz-AGB-codelijst; reported at both. The
 * stylesheet's validZorginstelling hook always passes; here it is checked against ctx.lists.agb,
 * which must hold an entry `<ZorgkantoorCode>:<iWlzAgbCode>` (e.g. `5504:07301234`) for each
 * iWlz-AGB code that belongs to a zorgkantoor; a list without any such pair passes all.
 */
export const TR100: Rule = {
  id: 'TR100',
  kinds: ['AW35', 'AW39'],
  meaning: 'Ontvanger moet conform de iWlz-AGB-codelijst horen bij Afzender.',
  needs: 'agbList',
  check(message, ctx) {
    const list = ctx.lists.agb;
    const header = message.Header as XmlRecord | undefined;
    if (!list || !header || header.Afzender === undefined) return [];
    const agb = normalizeSpace(text(header, 'Afzender') ?? '');
    const zk = normalizeSpace(text(header, 'Ontvanger') ?? '');
    if (belongsTo(list, zk, agb)) return [];
    const out: Finding[] = [{ path: '/Bericht/Header/Afzender', detail: `Afzender ${agb} hoort niet bij zorgkantoor ${zk}` }];
    if (header.Ontvanger !== undefined) out.push({ path: '/Bericht/Header/Ontvanger' });
    return out;
  },
};
