/**
 * Waves of a plan (docs/forward-sending.md, "Waves"): the plan's mutations grouped by dependency
 * level, so the executor can send every wave to each register as one request. Pure.
 *
 * A mutation joins the earliest wave after every earlier mutation it depends on:
 * - the mutation whose `as` it `$ref`s (the latest earlier one of that name, as in plan order);
 * - an earlier mutation that writes a natural key it reads or writes (`naturalKey` of a
 *   `registreer…`, the `$lookup` target of a `wijzig…`/`verwijder…`), or reads one it writes:
 *   a `verwijder…` stays before a `registreer…` of the same key, same-key find-or-create in order,
 *   a `$lookup` after the mutation of the plan that creates that key;
 * - an earlier mutation of the same register and type when either is a `wijzig…`/`verwijder…`
 *   (their target may be a literal id, or a record with several keys).
 * Independent mutations of one wave may be sent in any order, or together.
 */
import type { PlannedMutation, PlanValue } from './plan.js';

export type OpKind = 'registreer' | 'wijzig' | 'verwijder';
const OP = /^(registreer|wijzig|verwijder)([A-Z]\w*)$/;

export function opKind(operation: string): OpKind | undefined {
  return OP.exec(operation)?.[1] as OpKind | undefined;
}

export interface Waves {
  /** Indices of the plan's mutations per wave, each in plan order. */
  waves: number[][];
  /** Per mutation: `$ref` name → index of the mutation it names (the latest earlier one with that `as`). */
  refs: Map<string, number>[];
  /** Per mutation: the indices it waits for. */
  deps: number[][];
}

interface Shape {
  register: string;
  entity: string;
  kind: OpKind | undefined;
  reads: Set<string>;
  writes: Set<string>;
}

function walk(v: PlanValue, refs: Set<string>, lookups: Set<string>): void {
  if (Array.isArray(v)) {
    for (const x of v) walk(x, refs, lookups);
    return;
  }
  if (!v || typeof v !== 'object') return;
  if ('$ref' in v && typeof v.$ref === 'string') {
    refs.add(v.$ref);
    return;
  }
  if ('$lookup' in v && v.$lookup && typeof v.$lookup === 'object' && !Array.isArray(v.$lookup)) {
    const l = v.$lookup as { register?: unknown; entity?: unknown; key?: unknown };
    lookups.add(`${String(l.register)}/${String(l.entity)}/${String(l.key)}`);
    return;
  }
  for (const x of Object.values(v)) walk(x as PlanValue, refs, lookups);
}

const meets = (a: Set<string>, b: Set<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

function conflict(a: Shape, b: Shape): boolean {
  if (a.register === b.register && a.entity === b.entity && (a.kind !== 'registreer' || b.kind !== 'registreer')) return true;
  return meets(b.writes, a.reads) || meets(b.writes, a.writes) || meets(a.writes, b.reads);
}

export function planWaves(mutations: readonly PlannedMutation[]): Waves {
  const shapes: Shape[] = [];
  const refs: Map<string, number>[] = [];
  const deps: number[][] = [];
  const level: number[] = [];
  const lastAs = new Map<string, number>();
  const waves: number[][] = [];
  for (const [i, m] of mutations.entries()) {
    const names = new Set<string>();
    const lookups = new Set<string>();
    walk(m.variables, names, lookups);
    const kind = opKind(m.operation);
    const writes = new Set<string>(m.naturalKey ? [`${m.register}/${m.naturalKey.entity}/${m.naturalKey.key}`] : []);
    if (kind !== 'registreer') for (const l of lookups) writes.add(l);
    const shape: Shape = { register: m.register, entity: m.entity, kind, reads: lookups, writes };
    const mine = new Map<string, number>();
    const on = new Set<number>();
    for (const n of names) {
      const j = lastAs.get(n);
      if (j !== undefined) {
        mine.set(n, j);
        on.add(j);
      }
    }
    for (let j = 0; j < i; j++) if (!on.has(j) && conflict(shape, shapes[j]!)) on.add(j);
    let l = 0;
    for (const j of on) l = Math.max(l, level[j]! + 1);
    shapes.push(shape);
    refs.push(mine);
    deps.push([...on].sort((a, b) => a - b));
    level.push(l);
    (waves[l] ??= []).push(i);
    if (m.as) lastAs.set(m.as, i);
  }
  return { waves: waves.filter((w) => w !== undefined), refs, deps };
}
