/**
 * The forward plan: what the mapping engine (pure, src/forward/engine) makes of one validated
 * heen message, and what the executor (src/forward/execute) sends to the registers. This file is
 * the contract between the two halves; change it only in step with both.
 */
import type { HeenKind } from '../messages/catalog.js';
import type { RegisterDef } from '../reference-register/registers.js';

export type RegisterId = RegisterDef['id'];

/** The id returned by an earlier mutation of the same plan (its `as`). */
export interface Ref { $ref: string }

/**
 * A register id looked up in the identifier map: the record an earlier message created.
 * `entity` is the register type (`Bemiddelingspecificatie`), `key` its estafette natural key
 * (BRIEF §5.1) as built by `naturalKey()` of the mapping.
 */
export interface Lookup { $lookup: { register: RegisterId; entity: string; key: string } }

export type PlanValue = string | number | boolean | null | Ref | Lookup | PlanValue[] | { [field: string]: PlanValue };

export interface PlannedMutation {
  register: RegisterId;
  /** GraphQL mutation field of the register contract (docs/register-mutations.md): `registreerBemiddeling`, `wijzigLeveringperiode`, `verwijderAfstel`. */
  operation: string;
  /** The register type the mutation writes (`Bemiddeling`). */
  entity: string;
  /** `{ input: {...} }` for registreer/wijzig, `{ id }` for verwijder; may hold Ref and Lookup values. */
  variables: { [name: string]: PlanValue };
  /** Name under which later mutations of this plan refer to the id this one returns. */
  as?: string;
  /**
   * The estafette natural key of the record; the executor stores key ↔ register id in the id map.
   * On a `registreer…` it also means find-or-create: when the id map already holds this key (for
   * this register and entity) the record exists, and the executor does not create it again but
   * reuses the mapped id for `as` — skipping the write when the content is identical and sending
   * `wijzig…` with the given fields when it differs. On a `verwijder…` the executor drops the key
   * from the id map once the record is removed.
   */
  naturalKey?: { entity: string; key: string };
  /**
   * Input fields (names in `variables.input`) of a `registreer…` whose value comes from a mapping
   * default, not from the message (`contactIngangsdatum` = the Dagtekening when Contact/Periode
   * has no Begindatum): set when the record is created, but when find-or-create finds the record
   * (naturalKey known) they are neither compared nor changed — a later message must not move them
   * (no `wijzig…` just to set the ingangsdatum to its own Dagtekening). Absent: none. Optional
   * (added after the first version of this contract; an executor that ignores it still works,
   * it just sends those changes).
   */
  createOnly?: string[];
  /** Where it comes from: `mappings/AW33.forward.yaml:12` (for explain and error messages). */
  source: string;
}

/** A field of the message the mapping deliberately does not send, with the reason. */
export interface IgnoredField { path: string; reason: string; source: string }

export interface Plan {
  kind: HeenKind;
  /** Idempotency key of the message: afzender + kind + BerichtIdentificatie (Identificatie + Dagtekening). */
  messageKey: string;
  mutations: PlannedMutation[];
  ignored: IgnoredField[];
  /** Set when the kind has no register target (AW317, CA317, CA319): the documented reason. */
  noTarget?: string;
  /**
   * The party the writes are made by (`X-Party`, the acting-for `sub` of the token), from the
   * message sender (BRIEF §0): `UZOVI:5504` for a zorgkantoor, `AGB:07301234` for an aanbieder,
   * the configured CIZ id for IO31. Optional (added after the first version of this contract).
   */
  party?: string;
}

/**
 * What sending needs of a plan (the executor, convert's second step): the plan without the
 * fields it deliberately ignores, which only `explain` reports. Convert hands this over from its
 * worker threads (prepare-pool.ts): an AW35's ignored list is larger than its three mutations.
 */
export type SendPlan = Omit<Plan, 'ignored'>;

