/**
 * One estafette message through the forward half: validate (XSD + business rules), build the
 * retour, plan the register mutations (mapping engine, pure) and, unless it is a dry run, send
 * them (executor: id map, idempotency, compensation). Always a value, never a throw for bad input.
 *
 * Decisions (docs/forward-sending.md, "convert"):
 * - an invalid message (XSD or rules) is `rejected`: its retour carries the codes, nothing is sent;
 * - a valid message whose plan cannot be sent (register down: retryable; a record an earlier
 *   message should have made is unknown, the register refuses a write: permanent) is `failed`:
 *   no retour is written, since the sender may only be told "0200" once the register holds it;
 * - a duplicate (same afzender, kind and BerichtIdentificatie) sends nothing and gets the retour
 *   stored with the first conversion, byte for byte.
 */
import type { ValidationResult } from '../core/result.js';
import type { MessageCore } from '../core/message-core.js';
import type { Issue } from '../issues.js';
import { HEEN_KINDS, type HeenKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import type { RuleLists } from '../rules/rule.js';
import { clients, textAt } from '../rules/walk.js';
import { type ExecutionOutcome, executePlan, type Sender } from './execute.js';
import type { IdMap } from './idmap.js';
import { KeyedLock } from './lock.js';
import { type DefaultOverrides, type MappingSet } from './mapping.js';
import { planMessage } from './engine.js';
import type { SendPlan } from './plan.js';

export type ConvertStatus = 'converted' | 'rejected' | 'failed';

export interface ConvertedMutation {
  register: string;
  operation: string;
  variables: Record<string, unknown>;
  /** `planned` in a dry run; else the executor's sent | unchanged | failed | skipped. */
  status: string;
  ids: Record<string, string>;
  source: string;
  note?: string;
  error?: string;
}

export interface ConvertResult {
  file: string;
  kind?: string;
  valid: boolean;
  status: ConvertStatus;
  issues: Issue[];
  mutations: ConvertedMutation[];
  /** `Entity/uuid` of every record the message stands for. */
  records: string[];
  /** Where the retour was written (null: none written, see `reason`). */
  retour: string | null;
  /** Why the message failed, or why the kind writes nothing (no register target). */
  reason?: string;
  /** retryable | permanent, for a failed conversion. */
  failure?: 'retryable' | 'permanent';
  /** Set when the message was converted before: nothing was sent now. */
  duplicate?: { processedAt: string };
  notChecked?: string[];
}

export interface ConvertTarget {
  client: Sender;
  idmap: IdMap;
}

export interface ConvertOptions {
  core: MessageCore;
  mappings: MappingSet;
  defaults?: DefaultOverrides;
  lists?: RuleLists;
  /** Absent: a dry run (plan only, nothing sent, no state). */
  target?: ConvertTarget;
  /** Writes a retour (XML) for an input and says where; absent: retours are not kept. */
  writeRetour?: (file: string, xml: string) => string;
}

const isHeen = (k: string | undefined): k is HeenKind => k !== undefined && (HEEN_KINDS as readonly string[]).includes(k);

/**
 * The first step, synchronous and pure (no I/O, no callbacks): validation, retour and plan. A
 * plain value, so it may be made on a worker thread (prepare-pool.ts) and finished on the main one.
 */
export interface Prepared {
  result: ConvertResult;
  /** The plan to send (without its ignored fields: sending does not need them). */
  plan?: SendPlan;
  /** The retour to write: with the plan once it is sent; without a plan (rejected) at once. */
  retourXml?: string;
  /** The clients the message is about (their BSNs), to keep each client's messages in order. */
  clientKeys: string[];
}

export type PrepareOptions = Pick<ConvertOptions, 'core' | 'mappings' | 'defaults' | 'lists'>;

export function prepareMessage(file: string, bytes: Uint8Array, opts: PrepareOptions): Prepared {
  const v: ValidationResult = opts.core.validate(bytes, { file, rules: { lists: opts.lists ?? {} }, retour: true });
  const result: ConvertResult = { file, valid: v.valid, status: 'rejected', issues: v.issues, mutations: [], records: [], retour: null };
  if (v.kind) result.kind = v.kind;
  if (v.notChecked) result.notChecked = v.notChecked;
  const retourXml = v.retour?.xml;
  if (v.retour?.issues.length) result.issues = [...result.issues, ...v.retour.issues];
  if (v.kind && !isHeen(v.kind)) {
    result.reason = `${v.kind} is a retour message: only heen messages are converted`;
    return { result, clientKeys: [] };
  }
  if (!v.valid || !v.message || !v.kind) {
    result.reason = 'the message is not valid: its retour carries the codes; nothing is sent';
    return { result, ...(retourXml ? { retourXml } : {}), clientKeys: [] };
  }
  const planned = planMessage(opts.mappings, v.kind, v.message, { ...(opts.defaults ? { defaults: opts.defaults } : {}) });
  if (!planned.plan) {
    result.status = 'failed';
    result.failure = 'permanent';
    result.reason = `the mapping could not be applied: ${planned.problems.map((p) => `${p.source} ${p.path}: ${p.message}`).join('; ')}`;
    return { result, clientKeys: [] };
  }
  const { ignored: _ignored, ...plan } = planned.plan;
  return { result, plan, ...(retourXml ? { retourXml } : {}), clientKeys: clientKeysOf(v.message) };
}

function clientKeysOf(message: XmlRecord): string[] {
  return clients(message).flatMap((c) => {
    const bsn = textAt(c.node, 'Bsn');
    return bsn ? [`client ${bsn}`] : [];
  });
}

/** The second step: send the plan (or, in a dry run, list it). */
export async function finishMessage(p: Prepared, opts: ConvertOptions): Promise<ConvertResult> {
  const { result, plan } = p;
  const writeRetour = (): void => {
    if (p.retourXml && opts.writeRetour) result.retour = opts.writeRetour(result.file, p.retourXml);
  };
  if (!plan) {
    writeRetour();
    return result;
  }
  if (!opts.target) {
    result.status = 'converted';
    result.mutations = plan.mutations.map((m) => ({ register: m.register, operation: m.operation, variables: m.variables as Record<string, unknown>, status: 'planned', ids: {}, source: m.source }));
    if (plan.noTarget) result.reason = `no register target: ${plan.noTarget}`;
    writeRetour();
    return result;
  }
  const outcome = await executePlan(plan, { client: opts.target.client, idmap: opts.target.idmap, ...(p.retourXml ? { retour: p.retourXml } : {}) });
  fromOutcome(result, outcome);
  if (outcome.duplicate) {
    if (outcome.retour && opts.writeRetour) result.retour = opts.writeRetour(result.file, outcome.retour);
  } else if (result.status === 'converted') writeRetour();
  return result;
}

function fromOutcome(result: ConvertResult, o: ExecutionOutcome): void {
  result.mutations = o.mutations.map((m) => ({
    register: m.register, operation: m.operation, variables: m.variables, status: m.status, ids: m.ids, source: m.source,
    ...(m.note ? { note: m.note } : {}), ...(m.error ? { error: m.error.message } : {}),
  }));
  result.records = o.records;
  if (o.duplicate) result.duplicate = { processedAt: o.duplicate.processedAt };
  if (o.status === 'ok' || o.status === 'no-target') {
    result.status = 'converted';
    if (o.noTarget) result.reason = `no register target: ${o.noTarget}`;
    return;
  }
  result.status = 'failed';
  result.failure = o.status;
  const undone = o.compensated?.length ? `; undone: ${o.compensated.length} write(s)` : '';
  const left = o.uncompensated?.length ? `; NOT undone: ${o.uncompensated.join(', ')}` : '';
  result.reason = `${o.status} failure at mutation ${(o.error?.mutation ?? 0) + 1} (${o.mutations[o.error?.mutation ?? 0]?.operation ?? '?'}): ${o.error?.message ?? 'unknown'}${undone}${left}`;
}

/** Prepares messages elsewhere (PreparePool: on worker threads); `size`: how many at once. */
export interface Preparer {
  readonly size: number;
  prepare(file: string, bytes: Uint8Array): Promise<Prepared>;
}

type Input = { file: string; bytes?: Uint8Array; failed?: ConvertResult };
type Ahead = { failed: ConvertResult } | { prepared: Promise<Prepared> };

/** Messages prepared ahead per worker thread, so no thread waits for the next one. */
const AHEAD_PER_THREAD = 4;
/** Finished messages kept waiting for an earlier one to be reported, per message in flight. */
const UNREPORTED_PER_SLOT = 4;

/** A message being sent: done once finishMessage settled (its result or its error). */
interface Flight {
  done: boolean;
  result?: ConvertResult;
  error?: { e: unknown };
  settled: Promise<void>;
}

/**
 * Converts a batch: validation and planning in input order (on this thread, or with `preparer`
 * on worker threads, a few messages ahead), sending with up to `concurrency` messages in flight,
 * the messages of one client one after another in input order (an AW35 after the AW33 it refers
 * to). Results are reported in input order. A message that finishes starts the next one at once,
 * also when an earlier one is still in flight (no waiting for the oldest: with 8 at once, one slow
 * message would otherwise hold back the other seven slots).
 */
export async function convertBatch(
  inputs: AsyncIterable<Input> | Iterable<Input>,
  opts: ConvertOptions & { concurrency?: number; preparer?: Preparer },
  onResult: (r: ConvertResult, done: number) => void,
): Promise<void> {
  const limit = Math.max(1, opts.concurrency ?? 1);
  const { preparer } = opts;
  const window = preparer ? Math.max(1, preparer.size * AHEAD_PER_THREAD) : 1;
  const lock = new KeyedLock();
  const ahead: Ahead[] = [];
  /** In input order, not yet reported. */
  const flights: Flight[] = [];
  let active = 0;
  let freed: (() => void) | undefined;
  let reported = 0;
  const launch = (work: Promise<ConvertResult>): void => {
    const f = { done: false } as Flight;
    active++;
    f.settled = work.then((r) => void (f.result = r), (e: unknown) => void (f.error = { e })).finally(() => {
      f.done = true;
      active--;
      freed?.();
    });
    flights.push(f);
  };
  const report = (): void => {
    while (flights[0]?.done) {
      const f = flights.shift()!;
      if (f.error) throw f.error.e;
      onResult(f.result!, ++reported);
    }
  };
  /** Reports what is done and waits until at most `keep` messages are in flight. */
  const room = async (keep: number): Promise<void> => {
    report();
    while (active > keep || flights.length > Math.max(keep, limit * UNREPORTED_PER_SLOT)) {
      await (active > keep ? new Promise<void>((r) => (freed = r)) : flights[0]!.settled);
      freed = undefined;
      report();
    }
  };
  // In input order: the client lock is taken now, so a client's messages are sent in the order given.
  const next = async (a: Ahead): Promise<void> => {
    if ('failed' in a) launch(Promise.resolve(a.failed));
    else {
      const prepared = await a.prepared;
      const release = prepared.plan && opts.target ? lock.acquire(prepared.clientKeys) : undefined;
      launch((async () => {
        const unlock = release ? await release : undefined;
        try {
          return await finishMessage(prepared, opts);
        } finally {
          unlock?.();
        }
      })());
    }
    await room(limit - 1);
  };
  for await (const input of inputs) {
    if (input.failed) ahead.push({ failed: input.failed });
    else {
      const prepared = preparer ? preparer.prepare(input.file, input.bytes!) : Promise.resolve(prepareMessage(input.file, input.bytes!, opts));
      // Awaited in turn below; a failure before then must not count as unhandled.
      prepared.catch(() => undefined);
      ahead.push({ prepared });
    }
    if (ahead.length >= window) await next(ahead.shift()!);
  }
  while (ahead.length) await next(ahead.shift()!);
  await room(0);
}
