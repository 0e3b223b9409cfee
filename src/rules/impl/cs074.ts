import type { Rule } from '../rule.js';
import { descendants, root, text } from '../walk.js';
import { REC, clientRecords, leafOf, findingsAt, testValue } from './toewijzing-util.js';

const KE = 'KE4,KE5,KE6,KE7';

/** The ZZP records whose Klasse the official validation checks, per kind. */
const RECORDS: Partial<Record<string, readonly string[]>> = {
  IO31: [REC.geindiceerdZzp],
  AW33: [REC.geindiceerdZzp, REC.toegewezenZzp],
  ZK31: [REC.geindiceerdZzp, REC.toegewezenZzp],
  ZK33: [REC.geindiceerdZzp, REC.toegewezenZzp],
  AW35: [REC.geleverdZzp],
  ZK35: [REC.geleverdZzp],
  AW317: [REC.aw317GeindiceerdZzp],
};

export const CS074: Rule = {
  id: 'CS074',
  kinds: ['IO31', 'AW33', 'AW35', 'AW39', 'AW317', 'CA317', 'ZK31', 'ZK33', 'ZK35', 'ZK39'],
  meaning: "'KE4', 'KE5', 'KE6' of 'KE7' vullen.",
  check(message, ctx) {
    const rels = RECORDS[ctx.kind];
    // AW39/ZK39 (Aanvraag) and CA317 (GeleverdeZorg): every Klasse of the message is checked.
    const records = rels
      ? rels.flatMap((rel) => clientRecords(message, rel))
      : ['AW39', 'ZK39', 'CA317'].includes(ctx.kind)
        ? descendants(root(message)).filter((r) => text(r.node, 'Klasse') !== undefined)
        : [];
    return records.flatMap((r) => {
      const klasse = leafOf(r, 'Klasse');
      return klasse.length && !testValue(klasse, KE) ? findingsAt(klasse) : [];
    });
  },
};
