/**
 * Which notifications a register write causes (RFC0008; the eventType table of BRIEF §6).
 *
 * One table, {@link EVENT_ROUTES}: per register entity the event name stem, the sender, the
 * receivers and the subject. eventsFor() only interprets that table; adding or correcting an
 * event is a change of data, not of code.
 */
import type { NotificationDraft, RegisterChange, RegisterName } from './types.js';

/** The CIZ, sender of the Indicatieregister's notifications (BRIEF §0). */
export const CIZ_KVK = '62253778';

export type AgbIdType = 'AGB' | 'AGBCODE';

export interface EventOptions {
  /** ID type written for a zorgaanbieder: `AGB` (the IDTypeEnum value, default) or `AGBCODE` (the register docs). */
  agbIdType?: AgbIdType;
  /** The CIZ's KVK number (sender of NIEUWE_INDICATIE_ZORGKANTOOR). */
  cizKvk?: string;
  /**
   * The id in the `Levering/{id}` subject: the leveringID (default, `parentId`) or the
   * bemiddelingspecificatieID (`parties.bemiddelingspecificatieID`); the official docs use both.
   */
  leveringSubject?: 'leveringID' | 'bemiddelingspecificatieID';
}

/** A party role in a route: which `parties` key holds its id, and its ID type. */
type PartyKind = 'UZOVI' | 'AGB' | 'KVK';
interface PartyRef {
  kind: PartyKind;
  /** Keys of RegisterChange.parties, first present wins. `$ciz` is the configured CIZ KVK. */
  keys: string[];
  /** When no key is present: the author (`TYPE:id`) if it is of this kind (the writing party is the sender). */
  orAuthor?: boolean;
}
interface ReceiverRef extends PartyRef {
  /** Send only when this receiver differs from the sender (ZK → uitvoerend ZK). */
  onlyIfNotSender?: boolean;
  /** Send only when this receiver differs from the receiver with the given `keys[0]`. */
  onlyIfDiffersFrom?: string;
  /** No receiver recorded (a nullable field such as Bemiddelingspecificatie.instelling): no notification instead of an error. */
  optional?: boolean;
  /** The key holds a comma-separated list of receivers: one notification to each distinct one. */
  many?: boolean;
}

/** Event name prefixes per operation. `plain` is for the neuter nouns without an "E" (AFSTEL, VERZOEK). */
const PREFIX = {
  e: { create: 'NIEUWE_', update: 'GEWIJZIGDE_', delete: 'VERWIJDERDE_' },
  plain: { create: 'NIEUW_', update: 'GEWIJZIGD_', delete: 'VERWIJDERD_' },
  /** Not an operation but an event: an indicatie that expired or was withdrawn. */
  vervallen: { create: 'VERVALLEN_', update: 'VERVALLEN_', delete: 'VERVALLEN_' },
} as const;

export interface EventRoute {
  register: RegisterName;
  entity: string;
  /** The eventType without its NIEUWE_/GEWIJZIGDE_/VERWIJDERDE_ prefix. */
  stem: string;
  prefix: keyof typeof PREFIX;
  ops: RegisterChange['op'][];
  /** For an update: only when it wrote one of these fields (RegisterChange.changed). */
  onlyIfChanged?: string[];
  from: PartyRef;
  to: ReceiverRef[];
  /**
   * subject `Type/{id}`: `self` = the record's id; `parent` = RegisterChange.parentId; `levering` =
   * parties.leveringID, else parentId (or the bemiddelingspecificatieID per options);
   * `leveringOnly` = parties.leveringID (a Behandelingperiode hangs under a Leveringperiode, but its subject is the Levering).
   */
  subject: { type: string; id: 'self' | 'parent' | 'levering' | 'leveringOnly' };
  recordType: string;
}

const ALL: RegisterChange['op'][] = ['create', 'update', 'delete'];
const ZK_RESPONSIBLE: PartyRef = { kind: 'UZOVI', keys: ['verantwoordelijkZorgkantoor', 'bemiddeling.verantwoordelijkZorgkantoor'], orAuthor: true };
const AANBIEDER_SENDER: PartyRef = { kind: 'AGB', keys: ['instelling'], orAuthor: true };
/** Leveringsregister → the responsible ZK, plus the executing ZK if it differs. */
const LR_TO_ZK: ReceiverRef[] = [
  { kind: 'UZOVI', keys: ['verantwoordelijkZorgkantoor'] },
  { kind: 'UZOVI', keys: ['uitvoerendZorgkantoor'], onlyIfDiffersFrom: 'verantwoordelijkZorgkantoor', optional: true },
];

/** The eventType table of BRIEF §6, as implemented (docs/notifications.md prints the same). */
export const EVENT_ROUTES: readonly EventRoute[] = [
  // Indicatieregister (CIZ, KVK) → the ZK of the client's BRP (else verblijf) address.
  { register: 'indicatieregister', entity: 'WlzIndicatie', stem: 'INDICATIE_ZORGKANTOOR', prefix: 'e', ops: ['create'],
    from: { kind: 'KVK', keys: ['$ciz'] }, to: [{ kind: 'UZOVI', keys: ['zorgkantoor', 'initieelVerantwoordelijkZorgkantoor'] }],
    subject: { type: 'WlzIndicatie', id: 'self' }, recordType: 'WlzIndicatie' },
  // An indicatie that gets (or changes) its vervaldatum, or is removed, has lapsed: to the current, former and future responsible ZKs,
  // i.e. every verantwoordelijkZorgkantoor of the Bemiddelingen (and their Overdrachten) naming it; none yet: the initieel verantwoordelijke.
  { register: 'indicatieregister', entity: 'WlzIndicatie', stem: 'INDICATIE_ZORGKANTOOR', prefix: 'vervallen', ops: ['update', 'delete'], onlyIfChanged: ['vervaldatum'],
    from: { kind: 'KVK', keys: ['$ciz'] }, to: [{ kind: 'UZOVI', keys: ['verantwoordelijkeZorgkantoren', 'initieelVerantwoordelijkZorgkantoor'], many: true }],
    subject: { type: 'WlzIndicatie', id: 'self' }, recordType: 'WlzIndicatie' },
  // Bemiddelingsregister (the responsible ZK, UZOVI).
  { register: 'bemiddelingsregister', entity: 'Bemiddelingspecificatie', stem: 'BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', prefix: 'e', ops: ALL,
    from: ZK_RESPONSIBLE, to: [{ kind: 'AGB', keys: ['instelling'], optional: true }],
    subject: { type: 'Bemiddeling', id: 'parent' }, recordType: 'Bemiddelingspecificatie' },
  { register: 'bemiddelingsregister', entity: 'Bemiddelingspecificatie', stem: 'BEMIDDELINGSPECIFICATIE_ZORGKANTOOR', prefix: 'e', ops: ALL,
    from: ZK_RESPONSIBLE, to: [{ kind: 'UZOVI', keys: ['uitvoerendZorgkantoor'], onlyIfNotSender: true }],
    subject: { type: 'Bemiddeling', id: 'parent' }, recordType: 'Bemiddelingspecificatie' },
  { register: 'bemiddelingsregister', entity: 'Regiehouder', stem: 'REGIEHOUDER_ZORGAANBIEDER', prefix: 'e', ops: ALL,
    from: ZK_RESPONSIBLE, to: [{ kind: 'AGB', keys: ['instelling'] }],
    subject: { type: 'Bemiddeling', id: 'parent' }, recordType: 'Regiehouder' },
  { register: 'bemiddelingsregister', entity: 'Overdracht', stem: 'OVERDRACHT_ZORGKANTOOR', prefix: 'e', ops: ALL,
    // the Overdracht's own verantwoordelijkZorgkantoor is the NEW ZK; the sender is the Bemiddeling's (the old one)
    from: { kind: 'UZOVI', keys: ['bemiddeling.verantwoordelijkZorgkantoor', 'vorigZorgkantoor'], orAuthor: true },
    to: [{ kind: 'UZOVI', keys: ['nieuwZorgkantoor', 'verantwoordelijkZorgkantoor'] }],
    subject: { type: 'Overdracht', id: 'self' }, recordType: 'Overdracht' },
  // Leveringsregister (the zorgaanbieder, AGB).
  { register: 'leveringsregister', entity: 'Leveringperiode', stem: 'LEVERINGPERIODE_ZORGKANTOOR', prefix: 'e', ops: ALL,
    from: AANBIEDER_SENDER, to: LR_TO_ZK, subject: { type: 'Levering', id: 'levering' }, recordType: 'Leveringperiode' },
  { register: 'leveringsregister', entity: 'Uitstelperiode', stem: 'UITSTELPERIODE_ZORGKANTOOR', prefix: 'e', ops: ALL,
    from: AANBIEDER_SENDER, to: LR_TO_ZK, subject: { type: 'Levering', id: 'levering' }, recordType: 'Uitstelperiode' },
  { register: 'leveringsregister', entity: 'Afstel', stem: 'AFSTEL_ZORGKANTOOR', prefix: 'plain', ops: ALL,
    from: AANBIEDER_SENDER, to: LR_TO_ZK, subject: { type: 'Levering', id: 'levering' }, recordType: 'Afstel' },
  // the SDL type is BehandelingPeriode; the eventType and recordID are written Behandelingperiode
  { register: 'leveringsregister', entity: 'BehandelingPeriode', stem: 'BEHANDELINGPERIODE_ZORGKANTOOR', prefix: 'e', ops: ALL,
    from: AANBIEDER_SENDER, to: LR_TO_ZK, subject: { type: 'Levering', id: 'leveringOnly' }, recordType: 'Behandelingperiode' },
  { register: 'leveringsregister', entity: 'Verzoek', stem: 'VERZOEK_ZORGKANTOOR', prefix: 'plain', ops: ['create'],
    from: AANBIEDER_SENDER, to: [{ kind: 'UZOVI', keys: ['verantwoordelijkZorgkantoor'] }],
    subject: { type: 'Levering', id: 'levering' }, recordType: 'Verzoek' },
  { register: 'leveringsregister', entity: 'VerzoekAanbieder', stem: 'VERZOEKAANBIEDER_AANBIEDER', prefix: 'plain', ops: ['create'],
    from: AANBIEDER_SENDER, to: [{ kind: 'AGB', keys: ['aanbieder'] }],
    subject: { type: 'Verzoek', id: 'parent' }, recordType: 'VerzoekAanbieder' },
];

/** The eventType a route gives for an operation. */
export function eventTypeOf(route: EventRoute, op: RegisterChange['op']): string {
  return PREFIX[route.prefix][op] + route.stem;
}

/** A write whose notifications cannot be determined (a party or parent id missing or malformed): the write should fail. */
export class NotificationRoutingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotificationRoutingError';
  }
}

const ID_PATTERN: Record<PartyKind, RegExp> = { UZOVI: /^\d{4}$/, AGB: /^\d{8}$/, KVK: /^\d{8}$/ };

function describe(change: RegisterChange): string {
  return `${change.op} ${change.register} ${change.entity} ${change.id}`;
}

function authorOfKind(author: string, kind: PartyKind): string | undefined {
  const m = /^\s*([A-Za-z]+)\s*:\s*(\S+)\s*$/.exec(author);
  if (!m) return undefined;
  const type = m[1]!.toUpperCase();
  return type === kind || (kind === 'AGB' && type === 'AGBCODE') ? m[2] : undefined;
}

function partyId(change: RegisterChange, ref: PartyRef, opts: EventOptions, optional: boolean): string | undefined {
  let value: string | undefined;
  for (const key of ref.keys) {
    value = key === '$ciz' ? opts.cizKvk ?? CIZ_KVK : change.parties[key];
    if (value !== undefined && value !== '') break;
  }
  if ((value === undefined || value === '') && ref.orAuthor) value = authorOfKind(change.author, ref.kind);
  if (value === undefined || value === '') {
    if (optional) return undefined;
    const author = ref.orAuthor ? ` (or an author ${ref.kind}:…)` : '';
    throw new NotificationRoutingError(`${describe(change)}: parties.${ref.keys.join(' or parties.')}${author} is required to address its notification`);
  }
  value = value.trim();
  for (const v of (ref as ReceiverRef).many ? value.split(',').map((x) => x.trim()) : [value]) {
    if (!ID_PATTERN[ref.kind].test(v)) {
      throw new NotificationRoutingError(`${describe(change)}: parties.${ref.keys[0]} '${v}' is not a ${ref.kind} code (${ID_PATTERN[ref.kind].source})`);
    }
  }
  return value;
}

function subjectId(change: RegisterChange, route: EventRoute, opts: EventOptions): string {
  const kind = route.subject.id;
  if (kind === 'self') return change.id;
  if ((kind === 'levering' || kind === 'leveringOnly') && opts.leveringSubject === 'bemiddelingspecificatieID') {
    const id = change.parties.bemiddelingspecificatieID;
    if (!id) throw new NotificationRoutingError(`${describe(change)}: parties.bemiddelingspecificatieID is required for the Levering subject`);
    return id;
  }
  if (kind === 'levering' || kind === 'leveringOnly') {
    const id = change.parties.leveringID;
    if (id) return id;
    if (kind === 'leveringOnly') throw new NotificationRoutingError(`${describe(change)}: parties.leveringID (the Levering the subject names) is required`);
  }
  if (!change.parentId) {
    throw new NotificationRoutingError(`${describe(change)}: parentId (the ${route.subject.type} the subject names) is required`);
  }
  return change.parentId;
}

/**
 * The notifications the real register would send for one write, in table order (for one route:
 * the responsible receiver first). Writes that notify nobody (a Client, a Bemiddeling, a
 * WlzIndicatie change) give []. Throws {@link NotificationRoutingError} when the change lacks a
 * party or parent id its notification needs.
 */
export function eventsFor(change: RegisterChange, opts: EventOptions = {}): NotificationDraft[] {
  const agb = opts.agbIdType ?? 'AGB';
  const idType = (kind: PartyKind): string => (kind === 'AGB' ? agb : kind);
  const drafts: NotificationDraft[] = [];
  for (const route of EVENT_ROUTES) {
    if (route.register !== change.register || route.entity.toLowerCase() !== change.entity.toLowerCase() || !route.ops.includes(change.op)) continue;
    if (change.op === 'update' && route.onlyIfChanged && !route.onlyIfChanged.some((f) => change.changed?.includes(f))) continue;
    const sender = partyId(change, route.from, opts, false)!;
    const receivers = new Map<string, string | undefined>();
    for (const to of route.to) {
      const id = partyId(change, to, opts, to.optional === true);
      receivers.set(to.keys[0]!, id);
      if (id === undefined) continue;
      if (to.onlyIfNotSender && to.kind === route.from.kind && id === sender) continue;
      if (to.onlyIfDiffersFrom !== undefined && receivers.get(to.onlyIfDiffersFrom) === id) continue;
      for (const one of to.many ? [...new Set(id.split(',').map((x) => x.trim()))] : [id]) {
        drafts.push({
          eventType: eventTypeOf(route, change.op),
          afzenderIDType: idType(route.from.kind),
          afzenderID: sender,
          ontvangerIDType: idType(to.kind),
          ontvangerID: one,
          ontvangerKenmerk: null,
          subjectList: [{ subject: `${route.subject.type}/${subjectId(change, route, opts)}`, recordID: `${route.recordType}/${change.id}` }],
        });
      }
    }
  }
  return drafts;
}
