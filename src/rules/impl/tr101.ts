import type { HeenKind } from '../../messages/catalog.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding, Rule } from '../rule.js';
import { type At, descendants, root, text } from '../walk.js';
import { normalizeSpace } from './indicatie-util.js';

type Keys = Readonly<Record<string, readonly string[]>>;

const FULL_CLIENT: Keys = {
  Beperking: ['Categorie'],
  BeperkingScore: ['Vraag'],
  Client: ['Bsn'],
  Contact: ['Soort'],
  GeindiceerdZorgzwaartepakket: ['Ingangsdatum', 'ZzpCode'],
  GeindiceerdeFunctie: ['FunctieCode', 'Ingangsdatum'],
  Indicatie: ['Afgiftedatum', 'Besluitnummer'],
  Relatie: ['Nummer'],
  Stoornis: ['DiagnoseCodelijst', 'Grondslag', 'ZiektebeeldStoornis'],
  StoornisScore: ['Vraag'],
};
const TOEWIJZING: Keys = {
  ...FULL_CLIENT,
  ToegewezenFunctie: ['FunctieCode', 'Ingangsdatum', 'Instelling'],
  ToegewezenZorgzwaartepakket: ['Ingangsdatum', 'Instelling', 'Leveringsvorm', 'ZzpCode'],
};
const MAZ: Keys = {
  Client: ['Bsn'],
  GeleverdZorgzwaartepakket: ['Begindatum', 'Besluitnummer', 'Instelling', 'Leveringsvorm', 'ToewijzingIngangsdatum', 'ZzpCode'],
  GeleverdeFunctie: ['Begindatum', 'Besluitnummer', 'FunctieCode', 'Instelling', 'ToewijzingIngangsdatum'],
};
const MUT: Keys = {
  Aanvraag: ['Afgiftedatum', 'Besluitnummer', 'Instelling', 'ZzpCode'],
  AanvraagInstelling: ['Instelling', 'ToewijzingIngangsdatum'],
  Client: ['Bsn'],
  MutatieFunctie: ['Besluitnummer', 'FunctieCode', 'Instelling', 'Mutatiedatum', 'ToewijzingIngangsdatum'],
  MutatieZorgzwaartepakket: ['Besluitnummer', 'Instelling', 'Leveringsvorm', 'Mutatiedatum', 'ToewijzingIngangsdatum', 'ZzpCode'],
};

/** The record kinds that must not repeat among their siblings, with their key fields, per message. */
const KEYS: Readonly<Record<HeenKind, Keys>> = {
  IO31: FULL_CLIENT,
  AW33: TOEWIJZING,
  ZK31: TOEWIJZING,
  ZK33: TOEWIJZING,
  AW35: MAZ,
  ZK35: MAZ,
  AW39: MUT,
  ZK39: MUT,
  AW317: {
    Beperking: ['Categorie'],
    Client: ['Bsn'],
    GeindiceerdZorgzwaartepakket: ['Ingangsdatum', 'ZzpCode'],
    Indicatie: ['VolgnummerIndicatie'],
    Stoornis: ['DiagnoseCodelijst', 'Grondslag', 'ZiektebeeldStoornis'],
    WachtlijstZorgzwaartepakket: ['Ingangsdatum', 'Instelling', 'Leveringsvorm', 'ZzpCode'],
  },
  CA317: { Client: ['Bsn'], GeleverdeZorg: ['GeleverdeZorgID'] },
  CA319: { Client: ['Bsn'], MutatieZorg: ['MutatieZorgID'] },
};

/** A record's key: each field normalized and written `<value>` (an absent field `<>`). */
function keyOf(record: At, fields: readonly string[]): string {
  let key = '';
  for (const f of fields) key += `<${normalizeSpace(text(record.node, f))}>`;
  return key;
}

/**
 * No two sibling records of the same kind with equal keys (each field normalized and written
 * `<value>`, an absent field as `<>`, as the stylesheet compares them).
 * Each duplicate pair is reported at both records. The Bericht itself is not checked (as in the
 * stylesheet, which only checks below it; ZK31 has one Client anyway).
 *
 * A whole-message rule on the shared record walk: it looks only at the records the walk marked as
 * having a repeated child (the others have no pair), in document order. As a record rule on every
 * record it cost a dispatch per record for the few that repeat.
 */
export const TR101: Rule = {
  id: 'TR101',
  kinds: HEEN_KINDS,
  meaning: 'Binnen een bestand zijn dubbele regels niet toegestaan.',
  check(message, ctx) {
    const out: Finding[] = [];
    const keys = KEYS[ctx.kind];
    const all = descendants(root(message));
    for (let i = 1; i < all.length; i++) if (all[i]!.repeats) checkParent(all[i]!, keys, out);
    return out;
  },
};

/** The duplicate pairs among the children of one record, per child name in document order. */
function checkParent(parent: At, keys: Keys, out: Finding[]): void {
  // The walk set the record's child lists (one per record name, in the order of the names).
  const groups = parent.groups ?? [];
  for (let g = 0; g < groups.length; g++) {
    const records = groups[g]!;
    if (records.length < 2) continue; // no pair, no duplicate
    const name = records[0]!.name!;
    const fields = keys[name];
    if (!fields) continue;
    const plain = plainFields(records, fields);
    const recordKeys = plain ? undefined : records.map((r) => keyOf(r, fields));
    for (let i = 0; i < records.length; i++)
      for (let j = i + 1; j < records.length; j++) {
        if (recordKeys ? recordKeys[i] !== recordKeys[j] : !sameFields(records[i]!.node, records[j]!.node, fields)) continue;
        const detail = `${name} ${fields.join('+')} ${recordKeys ? recordKeys[i] : keyOf(records[i]!, fields)}`;
        out.push({ path: records[i]!.path, detail }, { path: records[j]!.path, detail });
      }
  }
}

/**
 * Whether no key field holds `<` or `>`: then two keys are equal exactly when each field is
 * (normalized), and the keys need not be written to be compared.
 */
function plainFields(records: At[], fields: readonly string[]): boolean {
  for (let r = 0; r < records.length; r++)
    for (let f = 0; f < fields.length; f++) {
      const v = text(records[r]!.node, fields[f]!);
      if (v !== undefined && (v.includes('<') || v.includes('>'))) return false;
    }
  return true;
}

function sameFields(a: XmlRecord, b: XmlRecord, fields: readonly string[]): boolean {
  for (let f = 0; f < fields.length; f++) if (normalizeSpace(text(a, fields[f]!)) !== normalizeSpace(text(b, fields[f]!))) return false;
  return true;
}
