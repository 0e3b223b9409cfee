import type { Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { clients, dateNum, present } from './aw317-cak-zk31-util.js';

/** AW317: a WachtlijstZorgzwaartepakket's Mutatiedatum is not before its Begindatum (when both are present). */
export const CS093: Rule = {
  id: 'CS093',
  kinds: ['AW317'],
  meaning: 'Vullen met een datum die groter is dan, of gelijk is aan de Begindatum (indien deze is gevuld).',
  check(message) {
    const wachtlijst = clients(message).flatMap((c) =>
      select(c, 'Indicaties/Indicatie/WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket'),
    );
    return wachtlijst.flatMap((w) => {
      const begin = text(w.node, 'Begindatum');
      const mutatie = text(w.node, 'Mutatiedatum');
      if (mutatie === undefined || begin === undefined || !(dateNum(begin) > dateNum(mutatie))) return [];
      const detail = `Begindatum ${begin}, Mutatiedatum ${mutatie}`;
      return present(w, 'Begindatum', 'Mutatiedatum').map((path) => ({ path, detail }));
    });
  },
};
