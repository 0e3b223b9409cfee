import type { Finding, Rule } from '../rule.js';
import { type At, descendants, root, text } from '../walk.js';
import { REC, clientRecords, leafOf, findingsAt, testText } from './toewijzing-util.js';

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
    const out: Finding[] = [];
    // AW39/ZK39 (Aanvraag) and CA317 (GeleverdeZorg): every Klasse of the message is checked.
    if (rels) for (const rel of rels) checkAll(clientRecords(message, rel), out);
    else if (ctx.kind === 'AW39' || ctx.kind === 'ZK39' || ctx.kind === 'CA317') checkAll(descendants(root(message)), out);
    return out;
  },
};

/** The Klasse of each record, in order. */
function checkAll(records: At[], out: Finding[]): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const klasse = text(r.node, 'Klasse');
    if (klasse !== undefined && !testText(klasse, KE)) out.push(...findingsAt(leafOf(r, 'Klasse')));
  }
}
