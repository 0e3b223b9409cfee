import type { Rule } from '../rule.js';
import { leveringenOf, MAZ_MUT_KINDS } from './stateful-util.js';

/**
 * AW35/ZK35 (GeleverdeFunctie, GeleverdZorgzwaartepakket) and AW39/ZK39 (MutatieFunctie,
 * MutatieZorgzwaartepakket): every record refers to a toewijzing an AW33/ZK33 sent, by the key
 * Bsn + Besluitnummer + ZzpCode/FunctieCode + Instelling + ToewijzingIngangsdatum (History.toewijzing;
 * Besluitnummer compared as an integer). Every StatusAanlevering is checked. Reported at the record.
 */
export const TR019: Rule = {
  id: 'TR019',
  kinds: MAZ_MUT_KINDS,
  meaning: 'De melding aanvang zorg of de mutatie moet gerelateerd zijn aan een zorgtoewijzing (op basis van de sleutelvelden).',
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) => {
      if (!l.toewijzing || history.toewijzing(l.toewijzing)) return [];
      const k = l.toewijzing;
      return [{ path: l.at.path, detail: `geen toewijzing voor Besluitnummer ${k.besluitnummer}, code ${k.product}, Instelling ${k.instelling}, Ingangsdatum ${k.ingangsdatum}` }];
    });
  },
};
