import type { Finding, Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { clients, dateNum, xpNumber } from './aw317-cak-zk31-util.js';

/**
 * AW317: the indicaties of a client are numbered in the order of their Afgiftedatum: for every
 * earlier sibling, a smaller Afgiftedatum needs a smaller VolgnummerIndicatie and a larger one a
 * larger number. Each offending pair is reported at both Indicaties.
 */
export const TR079: Rule = {
  id: 'TR079',
  kinds: ['AW317'],
  meaning: 'Opvolgende indicatiebesluiten voor dezelfde client moeten opvolgend genummerd worden.',
  check(message) {
    const out: Finding[] = [];
    for (const c of clients(message)) {
      const indicaties = select(c, 'Indicaties/Indicatie');
      indicaties.forEach((cur, i) => {
        const curDatum = dateNum(text(cur.node, 'Afgiftedatum'));
        const curNr = xpNumber(text(cur.node, 'VolgnummerIndicatie'));
        for (const prev of indicaties.slice(0, i)) {
          const prevDatum = dateNum(text(prev.node, 'Afgiftedatum'));
          const prevNr = xpNumber(text(prev.node, 'VolgnummerIndicatie'));
          if ((prevDatum < curDatum && prevNr >= curNr) || (prevDatum > curDatum && prevNr <= curNr)) {
            const detail = `VolgnummerIndicatie ${text(prev.node, 'VolgnummerIndicatie') ?? ''} (Afgiftedatum ${text(prev.node, 'Afgiftedatum') ?? ''}) en ${text(cur.node, 'VolgnummerIndicatie') ?? ''} (Afgiftedatum ${text(cur.node, 'Afgiftedatum') ?? ''})`;
            out.push({ path: prev.path, detail }, { path: cur.path, detail });
          }
        }
      });
    }
    return out;
  },
};
