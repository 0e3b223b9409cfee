import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding, Rule } from '../rule.js';
import { type At, root, text } from '../walk.js';
import { belongsTo, normalizeSpace, records } from './levering-util.js';

const MEANING =
  'Instelling moet overeenkomen met Afzender in de Header of moet (indien de verzendende partij een zorgkantoor is) conform de iWlz-AGB-codelijst horen bij Afzender.';

/** The records whose own Instelling (not AanvraagInstelling's) TR064 checks. */
function instellingen(message: XmlRecord): At[] {
  return [
    'GeleverdeFuncties/GeleverdeFunctie',
    'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket',
    'MutatieFuncties/MutatieFunctie',
    'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket',
    'Aanvragen/Aanvraag',
  ]
    .flatMap((p) => records(message, p))
    .filter((r) => r.node.Instelling !== undefined);
}

/** Reported at the Instelling and at Header/Afzender. */
function report(message: XmlRecord, r: At, detail: string): Finding[] {
  const header = message.Header as XmlRecord | undefined;
  const out: Finding[] = [{ path: `${r.path}/Instelling`, detail }];
  if (header?.Afzender !== undefined) out.push({ path: `${root(message).path}/Header/Afzender` });
  return out;
}

function afzender(message: XmlRecord): string {
  const header = message.Header as XmlRecord | undefined;
  return normalizeSpace((header && text(header, 'Afzender')) ?? '');
}

/**
 * TR064 for AW35/AW39, where the aanbieder sends: every Instelling equals Header/Afzender. This
 * part needs no code list.
 */
export const TR064: Rule = {
  id: 'TR064',
  kinds: ['AW35', 'AW39'],
  meaning: MEANING,
  check(message) {
    const from = afzender(message);
    return instellingen(message).flatMap((r) => {
      const instelling = normalizeSpace(text(r.node, 'Instelling') ?? '');
      return instelling === from ? [] : report(message, r, `Instelling ${instelling}, Afzender ${from}`);
    });
  },
};

/**
 * TR064 for ZK35/ZK39, where a zorgkantoor sends: every Instelling belongs to the Afzender
 * zorgkantoor according to the iWlz-AGB-codelijst (the stylesheet's validZorginstelling hook,
 * which always passes there). Checked against ctx.lists.agb: it must hold an entry
 * `<ZorgkantoorCode>:<iWlzAgbCode>` (e.g. `5504:07301234`) for each iWlz-AGB code that belongs
 * to a zorgkantoor; a list without any such pair is taken to know no relation and passes all.
 */
export const TR064_ZK: Rule = {
  id: 'TR064',
  kinds: ['ZK35', 'ZK39'],
  meaning: MEANING,
  needs: 'agbList',
  check(message, ctx) {
    const list = ctx.lists.agb;
    if (!list) return [];
    const zk = afzender(message);
    return instellingen(message).flatMap((r) => {
      const instelling = normalizeSpace(text(r.node, 'Instelling') ?? '');
      return belongsTo(list, zk, instelling) ? [] : report(message, r, `Instelling ${instelling} hoort niet bij zorgkantoor ${zk}`);
    });
  },
};
