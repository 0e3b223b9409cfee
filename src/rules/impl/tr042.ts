import type { Rule } from '../rule.js';
import { REC, type Leaf, clientRecords, findingsAt, leafOf } from './toewijzing-util.js';

/** The AGB-code elements the official validation hands to its validAGBCode hook, per kind. */
const TOEWIJZING: [string, string[]][] = [
  [REC.toegewezenFunctie, ['Instelling']],
  [REC.toegewezenZzp, ['Instelling', 'CoordinatorZorgThuis', 'Dossierhouder']],
];
const LEVERING: [string, string[]][] = [
  [REC.geleverdeFunctie, ['Instelling']],
  [REC.geleverdZzp, ['Instelling']],
];
const MUTATIE: [string, string[]][] = [
  [REC.aanvraag, ['Dossierhouder', 'CoordinatorZorgThuis', 'Instelling']],
  [`${REC.aanvraag}/AanvraagInstellingen/AanvraagInstelling`, ['Instelling']],
  [REC.mutatieFunctie, ['Instelling', 'InstellingBestemming']],
  [REC.mutatieZzp, ['Instelling', 'InstellingBestemming']],
];
const ELEMENTS: Partial<Record<string, [string, string[]][]>> = {
  IO31: [
    [REC.geindiceerdeFunctie, ['InstellingVoorkeur']],
    [REC.geindiceerdZzp, ['InstellingVoorkeur']],
  ],
  AW33: TOEWIJZING,
  ZK31: TOEWIJZING,
  ZK33: TOEWIJZING,
  AW35: LEVERING,
  ZK35: LEVERING,
  AW39: MUTATIE,
  ZK39: MUTATIE,
  CA317: [[REC.geleverdeZorg, ['Instelling']]],
};

function known(list: ReadonlySet<string>, code: string): boolean {
  const c = code.trim();
  return list.has(c) || list.has(c.padStart(8, '0'));
}

export const TR042: Rule = {
  id: 'TR042',
  kinds: ['IO31', 'AW33', 'AW35', 'AW39', 'CA317', 'ZK31', 'ZK33', 'ZK35', 'ZK39'],
  meaning: 'De gebruikte AGB-code moet geldig zijn.',
  needs: 'agbList',
  check(message, ctx) {
    const list = ctx.lists.agb;
    const spec = ELEMENTS[ctx.kind];
    if (!list || !spec) return [];
    const codes: Leaf[] = spec.flatMap(([rel, names]) => clientRecords(message, rel).flatMap((r) => names.flatMap((n) => leafOf(r, n))));
    return codes.filter((c) => !known(list, c.text)).flatMap((c) => findingsAt([c]));
  },
};
