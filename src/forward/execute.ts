/**
 * The executor: sends a Plan (plan.ts, from the mapping engine) to the registers, in order.
 *
 * - `$ref` values become the ids earlier mutations of the plan returned (their `as`), `$lookup`
 *   values ids from the identifier map (a missing one fails the plan, naming the key).
 * - Every request is made as the plan's `party` (X-Party, the token's acting-for sub) when set.
 * - Idempotency: a message key processed before sends nothing and returns the stored outcome
 *   (every mutation `skipped`, `duplicate` set). A `registreer…` whose natural key the id map
 *   knows is not sent again (find-or-create, plan.ts): the fields given identical → `unchanged`
 *   (its id is reused for `as`), a given field different → `wijzig…` of the mapped record with
 *   the fields given (fields left out keep their value). A `verwijder…` marks the id-map entry
 *   removed; a `verwijder…` of a record already removed is `unchanged`.
 * - The id map is updated right after each successful write, so it always mirrors what the
 *   register holds (also after a crash mid-plan).
 * - Failure: the plan stops at the first failure (the rest `skipped`) and what this run wrote is
 *   undone in reverse order: created records are removed (`verwijder…`), changed records get their
 *   previous content back (`wijzig…`), and the id map with them. Nothing is marked processed,
 *   so a retry starts clean. What cannot be undone (a `verwijder…`; an undo request that fails
 *   because the register is down) is listed in `uncompensated` and stays in the id map, so a
 *   retry resumes from it (identical content → `unchanged`) instead of writing duplicates.
 * - The message is marked processed, with its outcome (and the retour when given), only when all
 *   mutations succeeded. docs/forward-sending.md.
 */
import { maskBsn } from '../log.js';
import type { Failure } from './classify.js';
import type { RegisterClient, Sent } from './client.js';
import { type Content, contentHash, type IdEntry, type IdMap } from './idmap.js';
import { KeyFields } from './keys.js';
import { KeyedLock } from './lock.js';
import type { Plan, PlannedMutation, PlanValue, RegisterId } from './plan.js';
import type { Trace } from './trace.js';

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
  /** Called after each mutation that was attempted (tests stop a register here). */
  afterMutation?: (index: number, result: MutationResult) => void | Promise<void>;
}

let defaultKeys: KeyFields | undefined;
const locks = new WeakMap<IdMap, KeyedLock>();

type OpKind = 'registreer' | 'wijzig' | 'verwijder';
const OP = /^(registreer|wijzig|verwijder)([A-Z]\w*)$/;

const documents = new Map<string, string>();
function documentOf(op: string, kind: OpKind, key: string): string {
  const k = `${op} ${key}`;
  let d = documents.get(k);
  if (!d) {
    d = kind === 'verwijder'
      ? `mutation ($id: UUID!) { ${op}(id: $id) }`
      : `mutation ($input: ${op.charAt(0).toUpperCase()}${op.slice(1)}Input!) { ${op}(input: $input) { ${key} } }`;
    documents.set(k, d);
  }
  return d;
}

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

export async function executePlan(plan: Plan, opts: ExecuteOptions): Promise<ExecutionOutcome> {
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

async function run(plan: Plan, opts: ExecuteOptions): Promise<ExecutionOutcome> {
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

  const refs = new Map<string, string>();
  const results: MutationResult[] = [];
  const undo: Undo[] = [];
  let failure: (Failure & { mutation: number }) | undefined;

  for (const [i, m] of plan.mutations.entries()) {
    const r = await step(m, { client, idmap, keys, refs, undo, trace, messageKey: plan.messageKey, ...(plan.party ? { party: plan.party } : {}) });
    results.push(r);
    await opts.afterMutation?.(i, r);
    if (r.status === 'failed') {
      failure = { ...r.error!, mutation: i };
      break;
    }
  }

  if (!failure) {
    const outcome: ExecutionOutcome = { ...base, status: 'ok', at: now().toISOString(), mutations: results, records: recordsOf(results, keys) };
    idmap.markProcessed(plan.messageKey, plan.kind, outcome);
    return outcome;
  }

  for (const m of plan.mutations.slice(results.length)) results.push({ register: m.register, operation: m.operation, entity: m.entity, variables: m.variables, status: 'skipped', ids: {}, source: m.source });
  const { compensated, uncompensated } = await compensate(undo, { client, idmap, keys, trace, ...(plan.party ? { party: plan.party } : {}) });
  return {
    ...base, status: failure.class, at: now().toISOString(), mutations: results, records: [], error: failure,
    compensated, uncompensated,
  };
}

interface StepEnv {
  client: Sender;
  idmap: IdMap;
  keys: KeyFields;
  refs: Map<string, string>;
  undo: Undo[];
  trace: Trace;
  messageKey: string;
  /** The plan's writer (X-Party, token sub); default the client's. */
  party?: string;
}

function resolve(v: PlanValue, env: StepEnv): unknown {
  if (Array.isArray(v)) return v.map((x) => resolve(x, env));
  if (v && typeof v === 'object') {
    if ('$ref' in v && typeof v.$ref === 'string') {
      const id = env.refs.get(v.$ref);
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
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x as PlanValue, env)]));
  }
  return v;
}

/** The variables with what resolves resolved (for the report of a failed resolution). */
function resolvePartly(v: PlanValue, env: StepEnv): unknown {
  try {
    return resolve(v, env);
  } catch {
    if (Array.isArray(v)) return v.map((x) => resolvePartly(x, env));
    if (v && typeof v === 'object' && !('$ref' in v) && !('$lookup' in v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolvePartly(x as PlanValue, env)]));
    return v;
  }
}

const fail = (r: Omit<MutationResult, 'status' | 'ids'>, error: Failure): MutationResult => ({ ...r, status: 'failed', ids: {}, error });

async function step(m: PlannedMutation, env: StepEnv): Promise<MutationResult> {
  const { idmap, keys } = env;
  const base = { register: m.register, operation: m.operation, entity: m.entity, source: m.source };
  const op = OP.exec(m.operation);
  if (!op || op[2] !== m.entity) {
    return fail({ ...base, variables: m.variables }, { class: 'permanent', reason: 'plan', message: `${m.operation} (${m.source}): not registreer/wijzig/verwijder of ${m.entity}` });
  }
  const kind = op[1] as OpKind;
  const key = keys.keyOf(m.register, m.entity);
  let vars: Record<string, unknown>;
  try {
    vars = resolve(m.variables, env) as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof ResolveError)) throw e;
    const variables = resolvePartly(m.variables, env) as Record<string, unknown>;
    if (kind === 'verwijder' && e.removed) return { ...base, variables, status: 'unchanged', ids: {}, note: 'already removed' };
    return fail({ ...base, variables }, { class: 'permanent', reason: e.reason, message: `${m.operation} (${m.source}): ${e.message}` });
  }
  const done = (r: Omit<MutationResult, keyof typeof base> & { operation?: string }): MutationResult => {
    const id = r.ids[key];
    if (m.as && id) env.refs.set(m.as, id);
    return { ...base, ...r };
  };

  if (kind === 'verwijder') {
    const id = String(vars['id']);
    const sent = await send(env, m.register, m.operation, documentOf(m.operation, kind, key), vars);
    if (sent.class !== 'ok') return fail({ ...base, variables: vars }, sent);
    idmap.removed(m.register, id, env.messageKey);
    env.undo.push({ type: 'removed', register: m.register, entity: m.entity, id, operation: m.operation });
    return done({ variables: vars, status: 'sent', ids: { [key]: id } });
  }

  const input = (vars['input'] ?? {}) as Content;
  if (kind === 'registreer') {
    const nk = m.naturalKey;
    const known = nk ? idmap.get(m.register, nk.entity, nk.key) : undefined;
    if (nk && known) {
      // Find-or-create (plan.ts): the record exists. Only the fields given are compared and set;
      // fields the plan leaves out keep their value (another message may have set them).
      const differ = Object.keys(input).filter((f) => !sameValue(input[f], known.content[f]));
      if (differ.length === 0) return done({ variables: vars, status: 'unchanged', ids: { [key]: known.id }, note: 'identical content already registered' });
      const wijzig = `wijzig${m.entity}`;
      const wvars = { input: { [key]: known.id, ...input } };
      const sent = await send(env, m.register, wijzig, documentOf(wijzig, 'wijzig', key), wvars);
      const r = { ...base, operation: wijzig, planned: m.operation, variables: wvars };
      if (sent.class !== 'ok') return fail(r, sent);
      idmap.changed(m.register, nk.entity, nk.key, { ...known.content, ...input }, env.messageKey);
      env.undo.push({ type: 'changed', register: m.register, entity: m.entity, id: known.id, operation: wijzig, fields: Object.keys(wvars.input).filter((f) => f !== key), previous: [known] });
      return done({ operation: wijzig, planned: m.operation, variables: wvars, status: 'sent', ids: { [key]: known.id } });
    }
    const sent = await send(env, m.register, m.operation, documentOf(m.operation, kind, key), vars);
    if (sent.class !== 'ok') return fail({ ...base, variables: vars }, sent);
    const id = idOf(sent.data, m.operation, key);
    if (!id) return fail({ ...base, variables: vars }, { class: 'permanent', reason: 'bad-response', message: `${m.operation}: the answer has no ${key}` });
    const previous = nk ? idmap.entry(m.register, nk.entity, nk.key) : undefined;
    if (nk) idmap.created(m.register, nk.entity, nk.key, id, input, env.messageKey);
    env.undo.push({ type: 'created', register: m.register, entity: m.entity, id, operation: m.operation, ...(nk ? { key: { ...nk, previous } } : {}) });
    return done({ variables: vars, status: 'sent', ids: { [key]: id } });
  }

  // wijzig: the plan's own change of an existing record.
  const id = String(input[key]);
  const targets = idmap.keysOf(m.register, id).filter((e) => e.entity === m.entity);
  const sent = await send(env, m.register, m.operation, documentOf(m.operation, kind, key), vars);
  if (sent.class !== 'ok') return fail({ ...base, variables: vars }, sent);
  const { [key]: _id, ...fields } = input;
  for (const t of targets) idmap.changed(m.register, t.entity, t.key, { ...t.content, ...fields }, env.messageKey);
  env.undo.push({ type: 'changed', register: m.register, entity: m.entity, id, operation: m.operation, fields: Object.keys(fields), previous: targets });
  return done({ variables: vars, status: 'sent', ids: { [key]: id } });
}

/** Equal as JSON with sorted keys (a field absent from the stored content equals null). */
function sameValue(a: unknown, b: unknown): boolean {
  return contentHash({ v: a ?? null }) === contentHash({ v: b ?? null });
}

function idOf(data: unknown, op: string, key: string): string | undefined {
  const v = (data as Record<string, unknown> | null | undefined)?.[op];
  const id = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

async function send(env: Pick<StepEnv, 'client' | 'trace' | 'party'>, register: RegisterId, operation: string, query: string, variables: Record<string, unknown>): Promise<Sent<Record<string, unknown>>> {
  const r = await env.client.request<Record<string, unknown>>(register, query, variables, { trace: env.trace, ...(env.party ? { party: env.party } : {}) });
  if (r.class === 'ok') return r;
  return { ...r, message: `${operation}: ${r.message}` };
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
      const r = await send(env, u.register, op, documentOf(op, 'verwijder', key), { id: u.id });
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
    const r = await send(env, u.register, op, documentOf(op, 'wijzig', key), { input });
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
