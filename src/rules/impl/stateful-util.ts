/**
 * Shared by the stateful rules (TR017, TR019, TR020, TR056, TR063, TR069, TR071, TR074, TR103,
 * TR104, TR118) and by InMemoryHistory: the one place that says which records of a message are
 * aanleveringen and which keys identify them, so that what is remembered and what is looked up
 * always agree. A journal implementing History must build its keys with these functions too.
 *
 * Keys (BRIEF §5.1; the fields are those of TR101's duplicate-record keys, plus the client's Bsn):
 * - toewijzing (AW33/ZK33 ToegewezenZorgzwaartepakket/ToegewezenFunctie, looked up by AW35/AW39/
 *   ZK35/ZK39 through History.toewijzing): Bsn + Indicatie/Besluitnummer + ZzpCode or FunctieCode
 *   + Instelling (empty for PGB) + Ingangsdatum (= ToewijzingIngangsdatum in the MAZ/MUT).
 * - MAZ record (AW35/ZK35 GeleverdZorgzwaartepakket):
 *   `MAZ|Z|Bsn|Besluitnummer|ZzpCode|Instelling|ToewijzingIngangsdatum|Leveringsvorm|Begindatum`;
 *   GeleverdeFunctie: `MAZ|F|Bsn|Besluitnummer|FunctieCode|Instelling|ToewijzingIngangsdatum||Begindatum`.
 * - MUT record (AW39/ZK39 MutatieZorgzwaartepakket/MutatieFunctie): the same with `MUT` and
 *   Mutatiedatum in place of Begindatum.
 * - the toewijzing group of MAZ/MUT records: `TW|Z|Bsn|Besluitnummer|ZzpCode|Instelling|
 *   ToewijzingIngangsdatum|Leveringsvorm` (`TW|F|…|` for functies). History.aanleveringen(kind,
 *   groupKey) lists every MAZ (or MUT) of that toewijzing: TR069 and TR071 need all of them, and
 *   the History interface can only be asked for one key (see the report: a dedicated method would
 *   be cleaner).
 * - CA317 record: `CA|Bsn|GeleverdeZorgID`; CA319 record: `CA|Bsn|MutatieZorgID`.
 * Besluitnummer (xs:integer) is normalised (`+0100` → `100`); every part is trimmed.
 */
import type { HeenKind } from '../../messages/catalog.js';
import type { XmlRecord } from '../../messages/model-types.js';
import type { History, ToewijzingFacts, ToewijzingKey } from '../history.js';
import { type At, kids, leaf, root, select, text, textAt } from '../walk.js';

/** IO31 has no Afzender: the CIZ is its only sender (TR056). */
export const IO31_AFZENDER = 'CIZ';

/** The sender of a message for TR056: Header/Afzender, or the CIZ for IO31. */
export function afzenderOf(kind: string, message: XmlRecord): string | undefined {
  if (kind === 'IO31') return IO31_AFZENDER;
  const a = textAt(message, 'Header/Afzender');
  return a === undefined ? undefined : a.trim();
}

export function identificatieOf(message: XmlRecord): string | undefined {
  return textAt(message, 'Header/BerichtIdentificatie/Identificatie')?.trim();
}

export const IDENTIFICATIE_PATH = '/Bericht/Header/BerichtIdentificatie/Identificatie';

/** An xs:integer in its canonical form: `+0100` → `100`, `-0` → `0`; other text is kept trimmed. */
export function normInt(v: string | undefined): string {
  const s = (v ?? '').trim();
  const m = /^([+-]?)0*(\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2]!;
  return m[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}

const t = (v: string | undefined): string => (v ?? '').trim();

/** The clients of a message: Clienten/Client, or the single Client of ZK31. */
export function clientsOf(message: XmlRecord): At[] {
  return [...select(root(message), 'Clienten/Client'), ...kids(root(message), 'Client')];
}

export function toewijzingKeyString(k: ToewijzingKey): string {
  return [k.bsn, normInt(k.besluitnummer), k.product, k.instelling, k.ingangsdatum].map((s) => s.trim()).join('|');
}

/** A toewijzing of an AW33/ZK33, with its key and facts. */
export interface Toewijzing {
  key: ToewijzingKey;
  facts: ToewijzingFacts;
}

/** The toewijzingen (ToegewezenZorgzwaartepakket and ToegewezenFunctie) an AW33 or ZK33 carries. */
export function toewijzingenOf(message: XmlRecord): Toewijzing[] {
  const out: Toewijzing[] = [];
  for (const c of clientsOf(message)) {
    const bsn = t(text(c.node, 'Bsn'));
    for (const ind of kids(c, 'Indicatie')) {
      const besluitnummer = normInt(text(ind.node, 'Besluitnummer'));
      const units = [
        ...select(ind, 'ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket').map((u) => ({ u, product: text(u.node, 'ZzpCode') })),
        ...select(ind, 'ToegewezenFuncties/ToegewezenFunctie').map((u) => ({ u, product: text(u.node, 'FunctieCode') })),
      ];
      for (const { u, product } of units) {
        const ingangsdatum = t(text(u.node, 'Ingangsdatum'));
        const facts: ToewijzingFacts = { ingangsdatum };
        const einddatum = text(u.node, 'Einddatum');
        if (einddatum !== undefined && einddatum.trim() !== '') facts.einddatum = einddatum.trim();
        const klasse = text(u.node, 'Klasse');
        if (klasse !== undefined) facts.klasse = klasse.trim();
        const etmalen = text(u.node, 'Etmalen');
        if (etmalen !== undefined) facts.etmalen = etmalen.trim();
        out.push({ key: { bsn, besluitnummer, product: t(product), instelling: t(text(u.node, 'Instelling')), ingangsdatum }, facts });
      }
    }
  }
  return out;
}

/** MAZ: melding aanvang zorg (AW35/ZK35); MUT: mutatie (AW39/ZK39); CA317/CA319: the CAK pair. */
export type LeveringSoort = 'MAZ' | 'MUT' | 'CA317' | 'CA319';

/** One aanlevering record of a message, with its keys and the facts the rules use. */
export interface Levering {
  soort: LeveringSoort;
  at: At;
  /** The record key: the same record in an earlier message has the same key. */
  recordKey: string;
  /** MAZ/MUT only: the toewijzing the record refers to. */
  toewijzing?: ToewijzingKey;
  /** MAZ/MUT only: the key under which every MAZ (or MUT) of that toewijzing is listed. */
  groupKey?: string;
  status: string;
  begindatum?: string;
  sleuteldatum?: string;
  mutatiedatum?: string;
  /** CA317 GeleverdeZorgID or CA319 MutatieZorgID. */
  id?: string;
}

const MAZ_KINDS = new Set(['AW35', 'ZK35']);
const MUT_KINDS = new Set(['AW39', 'ZK39']);

/** The MUT kind that goes with a MAZ kind (AW35→AW39, ZK35→ZK39) and back. */
export function mutKindOf(mazKind: string): string {
  return mazKind === 'ZK35' ? 'ZK39' : 'AW39';
}
export function mazKindOf(mutKind: string): string {
  return mutKind === 'ZK39' ? 'ZK35' : 'AW35';
}

function opt(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = v.trim();
  return s === '' ? undefined : s;
}

/** Every aanlevering record of an AW35, ZK35, AW39, ZK39, CA317 or CA319, in document order. */
export function leveringenOf(kind: string, message: XmlRecord): Levering[] {
  const out: Levering[] = [];
  const maz = MAZ_KINDS.has(kind);
  const mut = MUT_KINDS.has(kind);
  for (const c of clientsOf(message)) {
    const bsn = t(text(c.node, 'Bsn'));
    if (maz || mut) {
      const soort: LeveringSoort = maz ? 'MAZ' : 'MUT';
      const records = maz
        ? [
            ...select(c, 'GeleverdeFuncties/GeleverdeFunctie').map((at) => ({ at, zzp: false })),
            ...select(c, 'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket').map((at) => ({ at, zzp: true })),
          ]
        : [
            ...select(c, 'MutatieFuncties/MutatieFunctie').map((at) => ({ at, zzp: false })),
            ...select(c, 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket').map((at) => ({ at, zzp: true })),
          ];
      for (const { at, zzp } of records) {
        const n = at.node;
        const toewijzing: ToewijzingKey = {
          bsn,
          besluitnummer: normInt(text(n, 'Besluitnummer')),
          product: t(text(n, zzp ? 'ZzpCode' : 'FunctieCode')),
          instelling: t(text(n, 'Instelling')),
          ingangsdatum: t(text(n, 'ToewijzingIngangsdatum')),
        };
        const lv = zzp ? t(text(n, 'Leveringsvorm')) : '';
        const group = [zzp ? 'Z' : 'F', toewijzing.bsn, toewijzing.besluitnummer, toewijzing.product, toewijzing.instelling, toewijzing.ingangsdatum, lv].join('|');
        const begindatum = opt(text(n, 'Begindatum'));
        const mutatiedatum = opt(text(n, 'Mutatiedatum'));
        const l: Levering = {
          soort,
          at,
          recordKey: `${soort}|${group}|${(maz ? begindatum : mutatiedatum) ?? ''}`,
          toewijzing,
          groupKey: `TW|${group}`,
          status: t(text(n, 'StatusAanlevering')),
        };
        if (begindatum !== undefined) l.begindatum = begindatum;
        if (mutatiedatum !== undefined) l.mutatiedatum = mutatiedatum;
        const sleuteldatum = opt(text(n, 'Sleuteldatum'));
        if (sleuteldatum !== undefined) l.sleuteldatum = sleuteldatum;
        out.push(l);
      }
    } else if (kind === 'CA317') {
      for (const at of select(c, 'ZorgLeveringen/GeleverdeZorg')) {
        const id = t(text(at.node, 'GeleverdeZorgID'));
        const l: Levering = { soort: 'CA317', at, recordKey: `CA|${bsn}|${id}`, status: t(text(at.node, 'StatusAanlevering')), id };
        const start = opt(text(at.node, 'Startdatum'));
        if (start !== undefined) l.begindatum = start;
        out.push(l);
      }
    } else if (kind === 'CA319') {
      for (const at of select(c, 'MutatiesZorg/MutatieZorg')) {
        const id = t(text(at.node, 'MutatieZorgID'));
        const l: Levering = { soort: 'CA319', at, recordKey: `CA|${bsn}|${id}`, status: t(text(at.node, 'StatusAanlevering')), id };
        const md = opt(text(at.node, 'Mutatiedatum'));
        if (md !== undefined) l.mutatiedatum = md;
        out.push(l);
      }
    }
  }
  return out;
}

export type Aanlevering = ReturnType<History['aanleveringen']>[number];

/** StatusAanlevering 1 (new) and 2 (changed) make a record present, 3 (delete) removes it; 9 and others leave it as it was. */
export function stateAfter(list: readonly Aanlevering[]): 'present' | 'deleted' | 'never' {
  let state: 'present' | 'deleted' | 'never' = 'never';
  for (const a of list) {
    if (a.status === '1' || a.status === '2') state = 'present';
    else if (a.status === '3') state = 'deleted';
  }
  return state;
}

/** Group a toewijzing-group listing by one date (Begindatum for MAZ, Mutatiedatum for MUT): the state of each record. */
export function recordsByDate(list: readonly Aanlevering[], by: 'begindatum' | 'mutatiedatum'): Map<string, { state: ReturnType<typeof stateAfter>; last: Aanlevering }> {
  const grouped = new Map<string, Aanlevering[]>();
  for (const a of list) {
    const d = a[by] ?? '';
    let g = grouped.get(d);
    if (!g) grouped.set(d, (g = []));
    g.push(a);
  }
  const out = new Map<string, { state: ReturnType<typeof stateAfter>; last: Aanlevering }>();
  for (const [d, g] of grouped) out.set(d, { state: stateAfter(g), last: g[g.length - 1]! });
  return out;
}

/** The path of the StatusAanlevering of a record. */
export function statusPath(l: Levering): string {
  return leaf(l.at, 'StatusAanlevering');
}

export const MAZ_MUT_KINDS: readonly HeenKind[] = ['AW35', 'AW39', 'ZK35', 'ZK39'];
export const AANLEVERING_KINDS: readonly HeenKind[] = ['AW35', 'AW39', 'ZK35', 'ZK39', 'CA317', 'CA319'];
