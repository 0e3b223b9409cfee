/**
 * Resolvers of the write contract (contract.ts): validation, one SQLite transaction per mutation
 * holding the data change, the write log and the queued notifications.
 */
import crypto from 'node:crypto';
import type { Statement, Transaction } from 'better-sqlite3';
import type { NotificationDraft, RegisterChange, RegisterName } from '../../notifications/types.js';
import { q } from '../ddl.js';
import { GraphQLError, type GraphQLSchema } from '../gql.js';
import type { Entity, RegisterModel } from '../model.js';
import { isDate, isDateTime, isUuid } from '../scalars.js';
import type { Db } from '../storage.js';
import { CodeLists } from './codes.js';
import { contractOf, type EntityContract } from './contract.js';
import type { Notifier } from './notify.js';
import { type Row, type RowCache, rowOf } from './row-cache.js';

/** What the write side needs from the request context. */
export interface WriteEnv {
  /** The writing party (`TYPE:id`), from `X-Party` until authentication exists. */
  party?: string | undefined;
  now: () => Date;
  newId: () => string;
  codes: CodeLists;
  notifier?: Notifier | undefined;
}

export interface WriteContext {
  db: Db;
  write?: WriteEnv;
}

export interface Violation {
  field: string;
  rule: 'required' | 'code' | 'format' | 'date' | 'datetime' | 'uuid' | 'reference' | 'exists' | 'in-use' | 'author' | 'type';
  message: string;
}

const REGISTER_NAMES: Record<string, RegisterName> = { ir: 'indicatieregister', br: 'bemiddelingsregister', lr: 'leveringsregister' };
const PARTY = /^(UZOVI|AGB|AGBCODE|KVK|OIN|BSN):[0-9A-Za-z]{1,20}$/i;
/** Fields that name a party the eventType table routes on (BRIEF §6). */
const PARTY_FIELD = /zorgkantoor$|^instelling$|^aanbieder$/i;

export const randomUuid = (): string => crypto.randomUUID();

/** The models of the registers with a write contract, by table prefix (the latest built; same tables). */
const MODELS = new Map<string, RegisterModel>();
/** Bumped whenever MODELS changes: the walk plans below are derived from it. */
let modelsVersion = 0;

/**
 * Parties gathered from records of ANOTHER register that name this record by its key (no foreign
 * key: `Bemiddeling.wlzIndicatieID`), for updates and deletes: `key` gets the distinct values of
 * `field`, comma-separated, from the referring records and, with `under`, from their children of
 * that type (an Overdracht's new ZK). Used by VERVALLEN_INDICATIE_ZORGKANTOOR (events.ts).
 */
export const REFERRER_PARTIES: readonly { entity: string; key: string; from: { entity: string; column: string; field: string; under?: string }[] }[] = [
  { entity: 'ir.WlzIndicatie', key: 'verantwoordelijkeZorgkantoren', from: [
    { entity: 'br.Bemiddeling', column: 'wlzIndicatieID', field: 'verantwoordelijkZorgkantoor' },
    { entity: 'br.Overdracht', under: 'br.Bemiddeling', column: 'wlzIndicatieID', field: 'verantwoordelijkZorgkantoor' },
  ] },
];

function referrerParties(db: Db, model: RegisterModel, e: Entity, id: unknown, out: Record<string, string | undefined>): void {
  for (const r of REFERRER_PARTIES) {
    if (r.entity !== `${model.prefix}.${e.type}`) continue;
    const found: string[] = [];
    for (const f of r.from) {
      const [prefix, type] = f.entity.split('.') as [string, string];
      const m = MODELS.get(prefix);
      const x = m?.entities.get(type);
      if (!m || !x) continue;
      let sql = `SELECT t.${q(f.field)} AS v FROM ${q(x.table)} t WHERE t.${q(f.column)} = ? ORDER BY t.rowid`;
      if (f.under) {
        const parent = m.entities.get(f.under.split('.')[1]!)!;
        const fk = [...x.columns.values()].find((c) => c.references === parent.type)!;
        sql = `SELECT t.${q(f.field)} AS v FROM ${q(x.table)} t JOIN ${q(parent.table)} p ON t.${q(fk.name)} = p.${q(parent.pk)} WHERE p.${q(f.column)} = ? ORDER BY p.rowid, t.rowid`;
      }
      for (const row of stmt(db, sql).all(id) as { v: unknown }[]) if (row.v !== null && row.v !== undefined && !found.includes(String(row.v))) found.push(String(row.v));
    }
    if (found.length > 0) out[r.key] ??= found.join(',');
  }
}

/** What parties() needs of one entity, derived once from the models (not per write). */
interface WalkPlan {
  version: number;
  /** Party fields and record keys, in column order. */
  keys: string[];
  /** Owners of a list (or reverse-one) relation to the entity: [owner type, key column on the entity]. */
  owners: [string, string][];
  /** Columns referring to another entity of the same model: [column, referenced type]. */
  refs: [string, string][];
  /** Key columns naming a record of another register: [column, its model, its entity]. */
  cross: [string, RegisterModel, Entity][];
}
const PLANS = new WeakMap<Entity, WalkPlan>();

function planOf(model: RegisterModel, e: Entity): WalkPlan {
  const cached = PLANS.get(e);
  if (cached && cached.version === modelsVersion) return cached;
  const cols = [...e.columns.values()];
  const owners: [string, string][] = [];
  for (const o of model.entities.values()) {
    for (const r of o.relations.values()) if (r.to === e.type && r.side === 'to' && o.type !== e.type) owners.push([o.type, r.fk]);
  }
  const cross: [string, RegisterModel, Entity][] = [];
  for (const c of cols) {
    if (c.references || c.name === e.pk || !c.name.endsWith('ID')) continue;
    for (const m of MODELS.values()) {
      if (m.prefix === model.prefix) continue;
      const target = [...m.entities.values()].find((x) => x.pk.toLowerCase() === c.name.toLowerCase());
      if (target) cross.push([c.name, m, target]);
    }
  }
  const plan: WalkPlan = {
    version: modelsVersion,
    keys: cols.filter((c) => PARTY_FIELD.test(c.name) || c.name.endsWith('ID')).map((c) => c.name),
    owners,
    refs: cols.filter((c) => c.references).map((c) => [c.name, c.references!]),
    cross,
  };
  PLANS.set(e, plan);
  return plan;
}

const statements = new WeakMap<Db, Map<string, Statement>>();
/** Prepared statements, cached per database (preparing is the costliest part of a small write). */
function stmt(db: Db, sql: string): Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

const TRANSACTIONS = new WeakMap<Db, Transaction<(body: () => unknown) => unknown>>();
/**
 * Runs `body` in a transaction (one better-sqlite3 transaction function per database, not one per
 * write). BEGIN IMMEDIATE: a write reads before it writes, and with several connections on the
 * file (RegisterOptions.threads) a deferred transaction whose snapshot another connection
 * overtook fails at its first write with "database is locked" instead of waiting (busy_timeout).
 */
function inTransaction<R>(db: Db, body: () => R): R {
  let t = TRANSACTIONS.get(db);
  if (!t) TRANSACTIONS.set(db, (t = db.transaction((b: () => unknown) => b())));
  return t.immediate(body) as R;
}

export function rejected(mutation: string, violations: Violation[]): GraphQLError {
  const text = violations.map((v) => `${v.field}: ${v.message} (rule: ${v.rule})`).join('; ');
  return new GraphQLError(`${mutation} rejected: ${text}`, { extensions: { code: 'BAD_USER_INPUT', violations } });
}

function toRow(e: Entity, r: Row): Row {
  for (const c of e.columns.values()) if (c.kind === 'boolean' && r[c.name] !== null && r[c.name] !== undefined) r[c.name] = r[c.name] === 1;
  for (const id of e.idAliases) r[id] = r[e.pk];
  return r;
}

class Writer {
  constructor(private readonly model: RegisterModel, private readonly register: RegisterName) {}

  get(db: Db, e: Entity, id: unknown, cache?: RowCache): Row | undefined {
    return rowOf(db, e, id, cache);
  }

  /** Checks the values being written; `full` for a new record (every required field present). */
  validate(db: Db, c: EntityContract, values: Row, codes: CodeLists, full: boolean, cache?: RowCache): Violation[] {
    const out: Violation[] = [];
    for (const f of c.fields) {
      const name = f.column.name;
      const present = Object.prototype.hasOwnProperty.call(values, name);
      const v = values[name];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
        if (f.required && (full || present)) out.push({ field: name, rule: 'required', message: `${c.entity.type}.${name} is required` });
        continue;
      }
      if (f.column.kind === 'date' && (typeof v !== 'string' || !isDate(v))) out.push({ field: name, rule: 'date', message: `${JSON.stringify(v)} is not an existing date YYYY-MM-DD` });
      if (f.column.kind === 'datetime' && (typeof v !== 'string' || !isDateTime(v))) out.push({ field: name, rule: 'datetime', message: `${JSON.stringify(v)} is not an ISO-8601 date-time with offset` });
      if (f.gqlType === 'UUID' && (typeof v !== 'string' || !isUuid(v))) { out.push({ field: name, rule: 'uuid', message: `${JSON.stringify(v)} is not a UUID` }); continue; }
      const list = typeof v === 'string' ? codes.forField(name) : undefined;
      if (list && !list.values.has(v as string)) out.push({ field: name, rule: 'code', message: `${JSON.stringify(v)} is not a code of ${list.type}` });
      const bad = codes.facetsFor(name)?.check(v);
      if (bad) out.push({ field: name, rule: 'format', message: bad });
      if (f.column.references) {
        const target = this.model.entities.get(f.column.references)!;
        if (!this.get(db, target, v, cache)) out.push({ field: name, rule: 'reference', message: `no ${target.type} with ${target.pk} ${String(v)}` });
      }
    }
    if (full && c.oneOf && c.oneOf.every((k) => values[k] === null || values[k] === undefined)) {
      out.push({ field: c.oneOf.join('|'), rule: 'required', message: `${c.entity.type} needs one of ${c.oneOf.join(', ')}` });
    }
    return out;
  }

  /** The record this one hangs under: the owner of a list (or reverse-one) relation to it, else its first reference. */
  parentOf(e: Entity, row: Row): { type: string; id: string } | undefined {
    const plan = planOf(this.model, e);
    for (const [type, fk] of plan.owners) if (row[fk]) return { type, id: String(row[fk]) };
    for (const [col, type] of plan.refs) if (row[col]) return { type, id: String(row[col]) };
    return undefined;
  }

  /**
   * Party fields (`*Zorgkantoor`, `instelling`, `aanbieder`) and record keys (`leveringID`,
   * `bemiddelingspecificatieID`, …) of the record and of the records above it — the ancestors'
   * prefixed with their type (`bemiddeling.verantwoordelijkZorgkantoor`) and also unprefixed where
   * the record has no such field itself. A key naming a record of another register held in the same
   * database (`Levering.bemiddelingspecificatieID` → the Bemiddelingsregister's toewijzing, and its
   * Bemiddeling) is followed too: that is where a Leveringsregister change finds its zorgkantoren.
   */
  parties(db: Db, e: Entity, row: Row, op: RegisterChange['op'] = 'create', cache?: RowCache): Record<string, string | undefined> {
    const out: Record<string, string | undefined> = {};
    if (op !== 'create') referrerParties(db, this.model, e, row[e.pk], out);
    const add = (key: string, v: unknown, prefix: string): void => {
      if (v === null || v === undefined) return;
      if (prefix) out[`${prefix}.${key}`] ??= String(v);
      out[key] ??= String(v);
    };
    const seen = new Set<string>();
    const queue: { model: RegisterModel; ent: Entity; row: Row; prefix: string }[] = [{ model: this.model, ent: e, row, prefix: '' }];
    while (queue.length > 0 && seen.size < 8) {
      const at = queue.shift()!;
      if (seen.has(at.ent.table)) continue;
      seen.add(at.ent.table);
      const plan = planOf(at.model, at.ent);
      for (const k of plan.keys) add(k, at.row[k], at.prefix);
      const w = at.model === this.model ? this : writerOf(at.model, this.register);
      const p = w.parentOf(at.ent, at.row);
      const next: { model: RegisterModel; type: string; id: unknown }[] = p ? [{ model: at.model, type: p.type, id: p.id }] : [];
      for (const [col, m, target] of plan.cross) if (at.row[col] != null) next.push({ model: m, type: target.type, id: at.row[col] });
      for (const n of next) {
        const ne = n.model.entities.get(n.type)!;
        if (seen.has(ne.table)) continue;
        const nr = rowOf(db, ne, n.id, cache);
        if (nr) queue.push({ model: n.model, ent: ne, row: nr, prefix: `${ne.type.charAt(0).toLowerCase()}${ne.type.slice(1)}` });
      }
    }
    return out;
  }

  /**
   * Write log, RegisterChange and queued notifications, in the caller's transaction. The
   * RegisterChange (with its parties: a walk up the ancestors, a query per level) is made only
   * for a notifier: a register without notifications writes the log alone.
   */
  record(db: Db, env: WriteEnv, e: Entity, op: RegisterChange['op'], row: Row, author: string, at: Date, changed?: string[], cache?: RowCache): void {
    const parent = this.parentOf(e, row);
    const id = String(row[e.pk]);
    stmt(db, 'INSERT INTO register_write_log (at, register, entity, op, record_id, parent_id, author, vaststelling_moment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(at.toISOString(), this.register, e.type, op, id, parent?.id ?? null, author, at.toISOString());
    if (env.notifier) {
      const change: RegisterChange = {
        register: this.register, entity: e.type, op, id, parties: this.parties(db, e, row, op, cache), author,
        ...(parent ? { parentId: parent.id } : {}), ...(changed ? { changed } : {}),
      };
      const drafts: NotificationDraft[] = env.notifier.eventsFor(change);
      if (drafts.length > 0) env.notifier.enqueueNotifications(db, drafts, at);
    }
  }

  /** Rows of other records that point at this one (a delete is refused while there are any). */
  referrers(db: Db, e: Entity, id: string): string[] {
    const out: string[] = [];
    for (const o of this.model.entities.values()) {
      for (const c of o.columns.values()) {
        if (c.references !== e.type) continue;
        const n = (stmt(db, `SELECT count(*) AS n FROM ${q(o.table)} WHERE ${q(c.name)} = ?`).get(id) as { n: number }).n;
        if (n > 0) out.push(`${n} ${o.type} (${c.name})`);
      }
    }
    return out;
  }
}

const WRITERS = new WeakMap<RegisterModel, Writer>();
function writerOf(model: RegisterModel, register: RegisterName): Writer {
  let w = WRITERS.get(model);
  if (!w) WRITERS.set(model, (w = new Writer(model, register)));
  return w;
}

function envOf(ctx: WriteContext, mutation: string): { env: WriteEnv; author: string } {
  const env = ctx.write;
  if (!env) throw new GraphQLError(`${mutation}: this register does not accept writes`);
  const party = env.party?.trim();
  if (!party || !PARTY.test(party)) {
    throw rejected(mutation, [{ field: 'X-Party', rule: 'author', message: `header X-Party must name the writing party as TYPE:id (e.g. UZOVI:5507), got ${JSON.stringify(env.party ?? null)}` }]);
  }
  const [type, id] = party.split(':') as [string, string];
  return { env, author: `${type.toUpperCase()}:${id}` };
}

/** Attaches the resolvers of the write contract to the schema's Mutation type. */
export function attachMutations(schema: GraphQLSchema, model: RegisterModel): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  const fields = mutation.getFields();
  const register = REGISTER_NAMES[model.prefix] ?? (model.prefix as RegisterName);
  const w = new Writer(model, register);
  MODELS.set(model.prefix, model);
  modelsVersion += 1;
  for (const c of contractOf(schema, model)) {
    const e = c.entity;
    const stamp = (values: Row, at: Date): void => {
      if (e.columns.has('vaststellingMoment')) values['vaststellingMoment'] = at.toISOString();
    };
    const dbValue = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

    fields[c.registreer]!.resolve = (_s, args: { input: Row }, ctx: WriteContext) => {
      const { env, author } = envOf(ctx, c.registreer);
      const input = { ...args.input };
      return inTransaction(ctx.db, () => {
        const cache: RowCache = new Map();
        const violations = w.validate(ctx.db, c, input, env.codes, true, cache);
        if (violations.length > 0) throw rejected(c.registreer, violations);
        const at = env.now();
        const values: Row = { [e.pk]: env.newId() };
        for (const f of c.fields) if (input[f.column.name] !== undefined) values[f.column.name] = dbValue(input[f.column.name]);
        stamp(values, at);
        const cols = Object.keys(values);
        stmt(ctx.db, `INSERT INTO ${q(e.table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((k) => values[k]));
        const row = w.get(ctx.db, e, values[e.pk])!;
        w.record(ctx.db, env, e, 'create', row, author, at, undefined, cache);
        return toRow(e, row);
      });
    };

    fields[c.wijzig]!.resolve = (_s, args: { input: Row }, ctx: WriteContext) => {
      const { env, author } = envOf(ctx, c.wijzig);
      const input = { ...args.input };
      const id = input[e.pk];
      return inTransaction(ctx.db, () => {
        if (!w.get(ctx.db, e, id)) throw rejected(c.wijzig, [{ field: e.pk, rule: 'exists', message: `no ${e.type} with ${e.pk} ${String(id)}` }]);
        const cache: RowCache = new Map();
        const violations = w.validate(ctx.db, c, input, env.codes, false, cache);
        if (violations.length > 0) throw rejected(c.wijzig, violations);
        const at = env.now();
        const values: Row = {};
        for (const f of c.fields) if (input[f.column.name] !== undefined) values[f.column.name] = dbValue(input[f.column.name]);
        stamp(values, at);
        const cols = Object.keys(values);
        if (cols.length > 0) stmt(ctx.db, `UPDATE ${q(e.table)} SET ${cols.map((k) => `${q(k)} = ?`).join(', ')} WHERE ${q(e.pk)} = ?`).run(...cols.map((k) => values[k]), id);
        const row = w.get(ctx.db, e, id)!;
        w.record(ctx.db, env, e, 'update', row, author, at, cols, cache);
        return toRow(e, row);
      });
    };

    fields[c.verwijder]!.resolve = (_s, args: { id: string }, ctx: WriteContext) => {
      const { env, author } = envOf(ctx, c.verwijder);
      return inTransaction(ctx.db, () => {
        const row = w.get(ctx.db, e, args.id);
        if (!row) throw rejected(c.verwijder, [{ field: 'id', rule: 'exists', message: `no ${e.type} with ${e.pk} ${args.id}` }]);
        const refs = w.referrers(ctx.db, e, args.id);
        if (refs.length > 0) throw rejected(c.verwijder, [{ field: 'id', rule: 'in-use', message: `${e.type} ${args.id} is still referred to by ${refs.join(', ')}; remove those first` }]);
        const at = env.now();
        // The change is described (parties, parent) from the record as it was.
        w.record(ctx.db, env, e, 'delete', row, author, at);
        stmt(ctx.db, `DELETE FROM ${q(e.table)} WHERE ${q(e.pk)} = ?`).run(args.id);
        return args.id;
      });
    };
  }
}
