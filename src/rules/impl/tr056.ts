import type { Rule } from '../rule.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import { afzenderOf, IDENTIFICATIE_PATH, identificatieOf } from './stateful-util.js';

/**
 * Every heen kind: Header/BerichtIdentificatie/Identificatie has not been used before by the same
 * sender (Header/Afzender; for IO31, which has none, the CIZ) in a message of the same kind
 * (History.identificatieSeen). Reported at Identificatie.
 */
export const TR056: Rule = {
  id: 'TR056',
  kinds: HEEN_KINDS,
  meaning: 'Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.',
  needs: 'history',
  check(message, ctx) {
    const afzender = afzenderOf(ctx.kind, message);
    const id = identificatieOf(message);
    if (!ctx.history || afzender === undefined || id === undefined) return [];
    return ctx.history.identificatieSeen(afzender, ctx.kind, id)
      ? [{ path: IDENTIFICATIE_PATH, detail: `Identificatie ${id} al gebruikt door ${afzender} in een ${ctx.kind}` }]
      : [];
  },
};
