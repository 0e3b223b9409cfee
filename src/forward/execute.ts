/**
 * The executor: sends a Plan (plan.ts, from the mapping engine) to the registers, wave by wave
 * (waves.ts): the mutations of a wave do not depend on each other and go out at once, per
 * register one request with aliased fields when the register's mutation fields are nullable
 * (batch.ts), else one request each. The outcome is the one sending the plan one by one in
 * order gives (the first failure in plan order is the failure; later waves send only what comes
 * before it); what a failing wave wrote besides is undone with the rest.
 *
 * - `$ref` values become the ids earlier mutations of the plan returned (their `as`), `$lookup`
 *   values ids from the identifier map (a missing one fails the plan, naming the key).
 * - Every request is made as the plan's `party` (X-Party, the token's acting-for sub) when set.
 * - Idempotency: a message key processed before sends nothing and returns the stored outcome
 *   (every mutation `skipped`, `duplicate` set). A `registreer…` whose natural key the id map
 *   knows is not sent again (find-or-create, plan.ts): the fields given identical → `unchanged`
 *   (its id is reused for `as`), a given field different → `wijzig…` of the mapped record with
 *   the fields given (fields left out keep their value; the plan's `createOnly` fields, values
 *   of a mapping default, are neither compared nor changed). A `verwijder…` marks the id-map entry
 *   removed; a `verwijder…` of a record already removed is `unchanged`.
 * - The id map is updated right after each wave's answers (one SQLite transaction per wave), so it
 *   always mirrors what the register holds (also after a crash mid-plan).
 * - Failure: the plan stops at the first failure (the rest `skipped`) and what this run wrote is
 *   undone in reverse order: created records are removed (`verwijder…`), changed records get their
 *   previous content back (`wijzig…`), and the id map with them. Nothing is marked processed,
 *   so a retry starts clean. What cannot be undone (a `verwijder…`; an undo request that fails
 *   because the register is down) is listed in `uncompensated` and stays in the id map, so a
 *   retry resumes from it (identical content → `unchanged`) instead of writing duplicates.
 * - The message is marked processed, with its outcome (and the retour when given), only when all
 *   mutations succeeded: in the last wave's id-map transaction (one commit, both or neither after
 *   a crash). docs/forward-sending.md.
 */
import { maskBsn } from '../log.js';
import type { Failure } from './classify.js';
import type { RegisterClient, Sent } from './client.js';
import { batchRequest, type Field, type FieldOutcome, singleDocument, splitAnswer } from './batch.js';
import { canonicalJson, type Content, type IdEntry, type IdMap } from './idmap.js';
import { KeyFields } from './keys.js';
import { KeyedLock } from './lock.js';
import type { Plan, PlannedMutation, PlanValue, RegisterId, SendPlan } from './plan.js';
import type { Trace } from './trace.js';
import { type OpKind, planWaves } from './waves.js';

export type MutationStatus = 'sent' | 'unchanged' | 'failed' | 'skipped';

export interface MutationResult {
  register: RegisterId;
  /** The operation sent (or that would have been). */
  operation: string;
  /** The plan's operation, when the executor sent another (`registreer…` of a known record → `wijzig…`). */
  planned?: string;
  entity: string;
  /** The variables with `$ref` and `$lookup` resolved (as far as they could be). */
  variables: Record<string, unknown>;
  status: MutationStatus;
  /** The record's key field → id (`{ bemiddelingspecificatieID: '…' }`). */
  ids: Record<string, string>;
  error?: Failure;
  /** Why nothing was sent: `identical content already registered`, `already removed`. */
  note?: string;
  source: string;
}

export interface ExecutionOutcome {
  messageKey: string;
  kind: Plan['kind'];
  /** ok: every mutation succeeded (or had nothing to do); no-target: the kind writes nothing. */
  status: 'ok' | 'no-target' | 'retryable' | 'permanent';
  traceId: string;
  at: string;
  mutations: MutationResult[];
  /** `Entity/uuid` of every record the message stands for (written or found unchanged). */
  records: string[];
  /** The failure and the index of the mutation it happened at. */
  error?: Failure & { mutation: number };
  /** Undone after the failure: `verwijderBemiddeling <uuid>`, `wijzigClient <uuid>`. */
  compensated?: string[];
  /** Writes this run could not undo (they stay in the register and the id map). */
  uncompensated?: string[];
  noTarget?: string;
  /** The retour message (path or XML) stored with the outcome. */
  retour?: string;
  /** Set when the message was processed before: nothing was sent now; the outcome is the stored one. */
  duplicate?: { processedAt: string; traceId: string };
}

/** What the executor needs of the client (a RegisterClient, or a stand-in in unit tests). */
export type Sender = Pick<RegisterClient, 'request' | 'newTrace'>;

export interface ExecuteOptions {
  client: Sender;
  idmap: IdMap;
  /** Key fields per register type; default from the installed SDLs. */
  keys?: KeyFields;
  /** Clock of the outcome's `at`; the id map has its own (IdMap.open). */
  now?: () => Date;
  /** Stored with the processed outcome, returned for a duplicate. */
  retour?: string;
  /**
   * Several independent mutations of a wave to one register in one request, when the register's
   * mutation fields are nullable (default true; false: one request per mutation).
   */
  batch?: boolean;
  /** Called after each mutation that was attempted (tests stop a register here). */
  afterMutation?: (index: number, result: MutationResult) => void | Promise<void>;
}

let defaultKeys: KeyFields | undefined;
const locks = new WeakMap<IdMap, KeyedLock>();

const OP = /^(registreer|wijzig|verwijder)([A-Z]\w*)$/;

class ResolveError extends Error {
  constructor(
    readonly reason: 'ref' | 'lookup',
    message: string,
    readonly removed = false,
  ) {
    super(message);
  }
}

/** Undo information of one successful write. */
type Undo =
  | { type: 'created'; register: RegisterId; entity: string; id: string; operation: string; key?: { entity: string; key: string; previous: IdEntry | undefined } }
  | { type: 'changed'; register: RegisterId; entity: string; id: string; operation: string; fields: string[]; previous: IdEntry[] }
  | { type: 'removed'; register: RegisterId; entity: string; id: string; operation: string };

export async function executePlan(plan: SendPlan | Plan, opts: ExecuteOptions): Promise<ExecutionOutcome> {
  const { idmap } = opts;
  let lock = locks.get(idmap);
  if (!lock) locks.set(idmap, (lock = new KeyedLock()));
  const lockKeys = [`message ${plan.messageKey}`, ...plan.mutations.flatMap((m) => (m.naturalKey ? [`key ${m.register}/${m.naturalKey.entity}/${m.naturalKey.key}`] : []))];
  const release = await lock.acquire(lockKeys);
  try {
    return await run(plan, opts);
  } finally {
    release();
  }
}

const skipped = (m: PlannedMutation): MutationResult => ({ register: m.register, operation: m.operation, entity: m.entity, variables: m.variables, status: 'skipped', ids: {}, source: m.source });

async function run(plan: SendPlan, opts: ExecuteOptions): Promise<ExecutionOutcome> {
  const { client, idmap } = opts;
  const now = opts.now ?? (() => new Date());
  const keys = opts.keys ?? (defaultKeys ??= KeyFields.fromSchemaDir());

  const before = idmap.processed<ExecutionOutcome>(plan.messageKey);
  if (before) {
    const o = before.outcome;
    return {
      ...o, at: now().toISOString(), duplicate: { processedAt: before.processedAt, traceId: o.traceId },
      mutations: o.mutations.map((m) => ({ ...m, status: 'skipped', note: 'message processed before' })),
    };
  }

  const trace = client.newTrace();
  const base = { messageKey: plan.messageKey, kind: plan.kind, traceId: trace.traceId, ...(opts.retour !== undefined ? { retour: opts.retour } : {}) };
  if (plan.noTarget !== undefined) {
    const outcome: ExecutionOutcome = { ...base, status: 'no-target', at: now().toISOString(), mutations: [], records: [], noTarget: plan.noTarget };
    idmap.markProcessed(plan.messageKey, plan.kind, outcome);
    return outcome;
  }

  const n = plan.mutations.length;
  const { waves, refs } = planWaves(plan.mutations);
  const results: (MutationResult | undefined)[] = new Array<MutationResult | undefined>(n);
  const env: Env = {
    client, idmap, keys, refs, ids: new Array<string | undefined>(n), undo: [], trace, messageKey: plan.messageKey, batch: opts.batch ?? true,
    ...(plan.party ? { party: plan.party } : {}),
  };
  // The first mutation that failed (n: none). Later waves send only what comes before it in the
  // plan: exactly what a one-by-one run would have attempted before stopping there.
  let cut = n;
  const succeeded = (): ExecutionOutcome => {
    const mutations = results as MutationResult[];
    return { ...base, status: 'ok', at: now().toISOString(), mutations, records: recordsOf(mutations, keys) };
  };
  /** Set when the message was marked processed together with the last wave's id-map updates. */
  let processed: ExecutionOutcome | undefined;

  for (const [w, wave] of waves.entries()) {
    const pending: Pending[] = [];
    const attempted: number[] = [];
    for (const i of wave) {
      if (i >= cut) break;
      const p = prepare(plan.mutations[i]!, i, env);
      attempted.push(i);
      if ('result' in p) {
        results[i] = p.result;
        if (p.result.status === 'failed') cut = i;
      } else pending.push(p);
    }
    if (pending.length > 0) {
      const answers = await sendWave(pending, env);
      // The id-map updates of a wave: one transaction, right after the answers. After the last
      // wave, when every mutation succeeded, the processed mark joins that transaction (one
      // commit instead of two; atomic together, docs/forward-sending.md § Failure semantics).
      const last = w === waves.length - 1;
      idmap.transaction(() => {
        for (const [k, p] of pending.entries()) {
          const a = answers[k]!;
          results[p.index] = a.class === 'ok' ? p.finish(a.value) : p.fail(a);
        }
        if (last && cut === n && attempted.every((i) => results[i]!.status !== 'failed')) {
          const outcome = succeeded();
          try {
            idmap.markProcessed(plan.messageKey, plan.kind, outcome);
            processed = outcome;
          } catch {
            // The wave's ids are committed whatever happens to the mark: it is tried again below.
          }
        }
      });
    }
    for (const i of attempted) {
      const r = results[i]!;
      if (r.status === 'failed') cut = Math.min(cut, i);
      await opts.afterMutation?.(i, r);
    }
  }

  if (cut === n) {
    if (processed) return processed;
    const outcome = succeeded();
    idmap.markProcessed(plan.messageKey, plan.kind, outcome);
    return outcome;
  }

  // After the failure: what was not attempted is skipped (as is what had nothing to do: a
  // one-by-one run would not have reached it); what was sent with the failing wave is undone below.
  const mutations = plan.mutations.map((m, i) => {
    const r = results[i];
    return !r || (i > cut && r.status === 'unchanged') ? skipped(m) : r;
  });
  const failure = { ...mutations[cut]!.error!, mutation: cut };
  const { compensated, uncompensated } = await compensate(env.undo, { client, idmap, keys, trace, ...(plan.party ? { party: plan.party } : {}) });
  return {
    ...base, status: failure.class, at: now().toISOString(), mutations, records: [], error: failure,
    compensated, uncompensated,
  };
}

interface Env {
  client: Sender;
  idmap: IdMap;
  keys: KeyFields;
  /** Per mutation: `$ref` name → index of the mutation that defines it (waves.ts). */
  refs: Map<string, number>[];
  /** Per mutation: the id it wrote or found (its key field). */
  ids: (string | undefined)[];
  undo: Undo[];
  trace: Trace;
  messageKey: string;
  /** Several mutations of a wave to one register in one request (when the register allows). */
  batch: boolean;
  /** The plan's writer (X-Party, token sub); default the client's. */
  party?: string;
}

function resolve(v: PlanValue, env: Env, at: number): unknown {
  if (Array.isArray(v)) return v.map((x) => resolve(x, env, at));
  if (v && typeof v === 'object') {
    if ('$ref' in v && typeof v.$ref === 'string') {
      const j = env.refs[at]?.get(v.$ref);
      const id = j === undefined ? undefined : env.ids[j];
      if (id === undefined) throw new ResolveError('ref', `$ref "${v.$ref}": no earlier mutation of the plan is named so`);
      return id;
    }
    if ('$lookup' in v && v.$lookup && typeof v.$lookup === 'object' && !Array.isArray(v.$lookup)) {
      const { register, entity, key } = v.$lookup as { register: RegisterId; entity: string; key: string };
      const e = env.idmap.entry(register, entity, key);
      if (e && !e.deletedAt) return e.id;
      const what = `${register}/${entity} "${maskBsn(key)}"`;
      throw new ResolveError('lookup', e ? `$lookup ${what}: the record was removed (${e.deletedAt})` : `$lookup ${what}: the identifier map has no such record (no earlier message created it)`, Boolean(e));
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = resolve((v as Record<string, PlanValue>)[k]!, env, at);
    return out;
  }
  return v;
}

/** The variables with what resolves resolved (for the report of a failed resolution). */
function resolvePartly(v: PlanValue, env: Env, at: number): unknown {
  try {
    return resolve(v, env, at);
  } catch {
    if (Array.isArray(v)) return v.map((x) => resolvePartly(x, env, at));
    if (v && typeof v === 'object' && !('$ref' in v) && !('$lookup' in v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolvePartly(x as PlanValue, env, at)]));
    return v;
  }
}

const fail = (r: Omit<MutationResult, 'status' | 'ids'>, error: Failure): MutationResult => ({ ...r, status: 'failed', ids: {}, error });

/** A mutation ready to be sent: its field, and what its answer does (id map, undo, result). */
interface Pending {
  index: number;
  register: RegisterId;
  field: Field;
  /** The register answered the field with `value`: id map and undo updated, the result. */
  finish(value: unknown): MutationResult;
  fail(f: Failure): MutationResult;
}

/**
 * Resolves a mutation and decides what to send: a result when nothing is sent (unchanged, already
 * removed, a failed resolution), else the request to make and what to do with its answer.
 */
function prepare(m: PlannedMutation, i: number, env: Env): { result: MutationResult } | Pending {
  const { idmap, keys } = env;
  const base = { register: m.register, operation: m.operation, entity: m.entity, source: m.source };
  const op = OP.exec(m.operation);
  if (!op || op[2] !== m.entity) {
    return { result: fail({ ...base, variables: m.variables }, { class: 'permanent', reason: 'plan', message: `${m.operation} (${m.source}): not registreer/wijzig/verwijder of ${m.entity}` }) };
  }
  const kind = op[1] as OpKind;
  const key = keys.keyOf(m.register, m.entity);
  let vars: Record<string, unknown>;
  try {
    vars = resolve(m.variables, env, i) as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof ResolveError)) throw e;
    const variables = resolvePartly(m.variables, env, i) as Record<string, unknown>;
    if (kind === 'verwijder' && e.removed) return { result: { ...base, variables, status: 'unchanged', ids: {}, note: 'already removed' } };
    return { result: fail({ ...base, variables }, { class: 'permanent', reason: e.reason, message: `${m.operation} (${m.source}): ${e.message}` }) };
  }
  const done = (r: Omit<MutationResult, keyof typeof base> & { operation?: string }): MutationResult => {
    const id = r.ids[key];
    if (id) env.ids[i] = id;
    return { ...base, ...r };
  };
  const pending = (field: Field, report: Omit<MutationResult, 'status' | 'ids'>, finish: (value: unknown) => MutationResult): Pending =>
    ({ index: i, register: m.register, field, finish, fail: (f) => fail(report, f) });

  if (kind === 'verwijder') {
    const id = String(vars['id']);
    return pending({ operation: m.operation, kind, key, variables: vars }, { ...base, variables: vars }, () => {
      idmap.removed(m.register, id, env.messageKey);
      env.undo.push({ type: 'removed', register: m.register, entity: m.entity, id, operation: m.operation });
      return done({ variables: vars, status: 'sent', ids: { [key]: id } });
    });
  }

  const input = (vars['input'] ?? {}) as Content;
  if (kind === 'registreer') {
    const nk = m.naturalKey;
    const entry = nk ? idmap.entry(m.register, nk.entity, nk.key) : undefined;
    const known = entry && !entry.deletedAt ? entry : undefined;
    if (nk && known) {
      // Find-or-create (plan.ts): the record exists. Only the fields given are compared and set;
      // fields the plan leaves out keep their value (another message may have set them), and so
      // do the createOnly fields (a mapping default, not the message: set on create only).
      const createOnly = new Set(m.createOnly ?? []);
      const given = Object.fromEntries(Object.entries(input).filter(([f]) => !createOnly.has(f))) as Content;
      const differ = Object.keys(given).filter((f) => !sameValue(given[f], known.content[f]));
      if (differ.length === 0) {
        const kept = [...createOnly].filter((f) => f in input && !sameValue(input[f], known.content[f]));
        const note = kept.length ? `identical content already registered (defaulted, kept: ${kept.join(', ')})` : 'identical content already registered';
        return { result: done({ variables: vars, status: 'unchanged', ids: { [key]: known.id }, note }) };
      }
      const wijzig = `wijzig${m.entity}`;
      const wvars = { input: { [key]: known.id, ...given } };
      return pending({ operation: wijzig, kind: 'wijzig', key, variables: wvars }, { ...base, operation: wijzig, planned: m.operation, variables: wvars }, () => {
        idmap.changed(m.register, nk.entity, nk.key, { ...known.content, ...given }, env.messageKey, known);
        env.undo.push({ type: 'changed', register: m.register, entity: m.entity, id: known.id, operation: wijzig, fields: Object.keys(wvars.input).filter((f) => f !== key), previous: [known] });
        return done({ operation: wijzig, planned: m.operation, variables: wvars, status: 'sent', ids: { [key]: known.id } });
      });
    }
    return pending({ operation: m.operation, kind, key, variables: vars }, { ...base, variables: vars }, (value) => {
      const id = idOf(value, key);
      if (!id) return fail({ ...base, variables: vars }, { class: 'permanent', reason: 'bad-response', message: `${m.operation}: the answer has no ${key}` });
      if (nk) idmap.created(m.register, nk.entity, nk.key, id, input, env.messageKey, entry ?? null);
      env.undo.push({ type: 'created', register: m.register, entity: m.entity, id, operation: m.operation, ...(nk ? { key: { ...nk, previous: entry } } : {}) });
      return done({ variables: vars, status: 'sent', ids: { [key]: id } });
    });
  }

  // wijzig: the plan's own change of an existing record.
  const id = String(input[key]);
  const targets = idmap.keysOf(m.register, id).filter((e) => e.entity === m.entity);
  return pending({ operation: m.operation, kind, key, variables: vars }, { ...base, variables: vars }, () => {
    const { [key]: _id, ...fields } = input;
    for (const t of targets) idmap.changed(m.register, t.entity, t.key, { ...t.content, ...fields }, env.messageKey, t);
    env.undo.push({ type: 'changed', register: m.register, entity: m.entity, id, operation: m.operation, fields: Object.keys(fields), previous: targets });
    return done({ variables: vars, status: 'sent', ids: { [key]: id } });
  });
}

/** Equal as JSON with sorted keys (a field absent from the stored content equals null). */
function sameValue(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  return canonicalJson(x) === canonicalJson(y);
}

function idOf(value: unknown, key: string): string | undefined {
  const id = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

async function send(env: Pick<Env, 'client' | 'trace' | 'party'>, register: RegisterId, operation: string, query: string, variables: Record<string, unknown>): Promise<Sent<Record<string, unknown>>> {
  const r = await env.client.request<Record<string, unknown>>(register, query, variables, { trace: env.trace, ...(env.party ? { party: env.party } : {}) });
  if (r.class === 'ok') return r;
  return { ...r, message: `${operation}: ${r.message}` };
}

/** One mutation in its own request. */
async function sendOne(env: Env, register: RegisterId, f: Field): Promise<FieldOutcome> {
  const r = await send(env, register, f.operation, singleDocument(f), f.variables);
  return r.class === 'ok' ? { class: 'ok', value: r.data[f.operation] } : r;
}

/**
 * The pending mutations of a wave, per register one request (all at once): several fields with
 * aliases when the register's mutation fields are nullable (a failing field then fails alone),
 * else one request per mutation, concurrently.
 */
async function sendWave(pending: readonly Pending[], env: Env): Promise<FieldOutcome[]> {
  const out = new Array<FieldOutcome>(pending.length);
  const groups = new Map<RegisterId, number[]>();
  for (const [k, p] of pending.entries()) {
    const g = groups.get(p.register);
    if (g) g.push(k);
    else groups.set(p.register, [k]);
  }
  await Promise.all([...groups].map(async ([register, ks]) => {
    const fields = ks.map((k) => pending[k]!.field);
    const answers = fields.length > 1 && env.batch && (await batchable(env, register, fields))
      ? await sendBatch(env, register, fields)
      : await Promise.all(fields.map((f) => sendOne(env, register, f)));
    ks.forEach((k, j) => (out[k] = answers[j]!));
  }));
  return out;
}

async function sendBatch(env: Env, register: RegisterId, fields: readonly Field[]): Promise<FieldOutcome[]> {
  const { query, variables } = batchRequest(fields);
  const r = await env.client.request<Record<string, unknown>>(register, query, variables, { trace: env.trace, partial: true, ...(env.party ? { party: env.party } : {}) });
  if (r.class === 'ok') return splitAnswer(fields, r.data, r.errors ?? [], r.status).map((a) => (a.class === 'ok' ? a : { ...a, traceId: r.traceId, ...(r.spanId ? { spanId: r.spanId } : {}) }));
  const fieldErrors = (r.errors ?? []).some((e) => e.path !== undefined && e.path.length > 0);
  if (r.class === 'permanent' && r.reason === 'graphql' && !fieldErrors && (r.status === 400 || r.status === 200)) {
    // Refused as a whole before anything ran (a variable that does not coerce): each mutation
    // alone, so each gets the answer it would have had.
    return Promise.all(fields.map((f) => sendOne(env, register, f)));
  }
  // Transport, 5xx, 429, token, configuration: the request failed, and every mutation in it.
  return fields.map((f) => ({ ...r, message: `${f.operation}: ${r.message}` }));
}

/** The nullable mutation fields of a register (introspection, once per client and register). */
const capabilities = new WeakMap<object, Map<RegisterId, Promise<Set<string> | undefined>>>();
const MUTATION_FIELDS = '{ __schema { mutationType { fields { name type { kind } } } } }';

/**
 * Whether these fields may share a request: only when every one is nullable. A non-null field
 * that fails nulls the whole answer and stops the fields after it (GraphQL error propagation):
 * the ids of the fields before it, already written, would be lost.
 */
async function batchable(env: Env, register: RegisterId, fields: readonly Field[]): Promise<boolean> {
  let byRegister = capabilities.get(env.client);
  if (!byRegister) capabilities.set(env.client, (byRegister = new Map()));
  let known = byRegister.get(register);
  if (!known) {
    const cache = byRegister;
    known = env.client.request<{ __schema?: { mutationType?: { fields?: { name: string; type: { kind: string } }[] } | null } }>(register, MUTATION_FIELDS, {}, { trace: env.trace, ...(env.party ? { party: env.party } : {}) })
      .then((r) => {
        if (r.class === 'ok') return new Set((r.data.__schema?.mutationType?.fields ?? []).filter((f) => f.type.kind !== 'NON_NULL').map((f) => f.name));
        if (r.class === 'retryable') cache.delete(register);
        return undefined;
      });
    byRegister.set(register, known);
  }
  const nullable = await known;
  return nullable !== undefined && fields.every((f) => nullable.has(f.operation));
}

/** Undoes the writes of a failed run, newest first; every undo is attempted. */
async function compensate(undo: Undo[], env: { client: Sender; idmap: IdMap; keys: KeyFields; trace: Trace; party?: string }): Promise<{ compensated: string[]; uncompensated: string[] }> {
  const compensated: string[] = [];
  const uncompensated: string[] = [];
  for (const u of [...undo].reverse()) {
    const key = env.keys.keyOf(u.register, u.entity);
    const label = `${u.operation} ${u.entity}/${u.id}`;
    if (u.type === 'removed') {
      uncompensated.push(`${label}: a removed record cannot be restored under its id`);
      continue;
    }
    if (u.type === 'created') {
      const op = `verwijder${u.entity}`;
      const r = await send(env, u.register, op, singleDocument({ operation: op, kind: 'verwijder', key }), { id: u.id });
      if (r.class !== 'ok') { uncompensated.push(`${label}: ${r.message}`); continue; }
      if (u.key) env.idmap.restore(u.register, u.key.entity, u.key.key, u.key.previous);
      compensated.push(`${op} ${u.entity}/${u.id}`);
      continue;
    }
    const prev = u.previous[0];
    if (!prev) {
      uncompensated.push(`${label}: the previous content is unknown (the record is not in the identifier map)`);
      continue;
    }
    const op = `wijzig${u.entity}`;
    const input = { [key]: u.id, ...Object.fromEntries(u.fields.map((f) => [f, prev.content[f] ?? null])) };
    const r = await send(env, u.register, op, singleDocument({ operation: op, kind: 'wijzig', key }), { input });
    if (r.class !== 'ok') { uncompensated.push(`${label}: ${r.message}`); continue; }
    for (const p of u.previous) env.idmap.restore(p.register, p.entity, p.key, p);
    compensated.push(`${op} ${u.entity}/${u.id}`);
  }
  return { compensated, uncompensated };
}

function recordsOf(results: MutationResult[], keys: KeyFields): string[] {
  const out = new Set<string>();
  for (const r of results) {
    if ((r.status !== 'sent' && r.status !== 'unchanged') || r.operation.startsWith('verwijder')) continue;
    const id = r.ids[keys.keyOf(r.register, r.entity)];
    if (id) out.add(`${r.entity}/${id}`);
  }
  return [...out];
}
