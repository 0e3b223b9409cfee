/**
 * The shape of a `where` value: its structure with every string and number in a numbered slot.
 * The SQL the filter compiler (filter.ts) makes from a `where` depends only on its shape — the
 * keys and their order, nulls, booleans (`any`), list lengths — while its strings and numbers only
 * become statement parameters (FilterCompiler.p). So a `where` is compiled once per shape, on the
 * slotted copy, and each request fills the slots of that compilation's parameters with its own
 * values: a query asked with new ids (every request of a real client) compiles nothing.
 */
export class Slot {
  constructor(readonly index: number) {}
}

export interface Shape {
  /** The structure as text (the cache key): `{name:…}`, `[…]`, `?` a slot, `n` null, `u` undefined, `t`/`f` booleans. */
  key: string;
  /** The value with its strings and numbers replaced by slots (made when first asked: only to compile a new shape). */
  readonly slotted: unknown;
  /** The strings and numbers, by slot. */
  values: unknown[];
}

const isScalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** The shape's key and values, in one walk; the slotted copy is made by a second walk (same order) only when asked. */
export function shapeOf(where: unknown): Shape {
  const values: unknown[] = [];
  let key = '';
  const walk = (v: unknown): void => {
    if (v === null) key += 'n';
    else if (v === undefined) key += 'u';
    else if (typeof v === 'boolean') key += v ? 't' : 'f';
    else if (isScalar(v)) { key += '?'; values.push(v); }
    else if (Array.isArray(v)) {
      key += '[';
      for (const x of v) { walk(x); key += ','; }
      key += ']';
    } else if (typeof v === 'object') {
      key += '{';
      // Field names of a GraphQL input are [_A-Za-z][_0-9A-Za-z]*: no quoting needed.
      for (const k of Object.keys(v)) { key += `${k}:`; walk((v as Record<string, unknown>)[k]); key += ','; }
      key += '}';
    } else {
      // Nothing else comes out of argument coercion; should it, it is part of the key as itself.
      key += `<${typeof v}:${String(v)}>`;
    }
  };
  walk(where);
  let slotted: unknown;
  let made = false;
  return {
    key,
    values,
    get slotted(): unknown {
      if (!made) { slotted = slot(where, { next: 0 }); made = true; }
      return slotted;
    },
  };
}

/** `v` with its strings and numbers replaced by slots numbered in the order shapeOf's walk meets them. */
function slot(v: unknown, at: { next: number }): unknown {
  if (isScalar(v)) return new Slot(at.next++);
  if (Array.isArray(v)) return v.map((x) => slot(x, at));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v)) out[k] = slot((v as Record<string, unknown>)[k], at);
    return out;
  }
  return v;
}

/** The parameters of one request: the compiled ones with each slot filled from `values`. */
export function fill(params: readonly unknown[], values: readonly unknown[]): unknown[] {
  return params.map((p) => (p instanceof Slot ? values[p.index] : p));
}
