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
  /** The value with its strings and numbers replaced by slots. */
  slotted: unknown;
  /** The strings and numbers, by slot. */
  values: unknown[];
}

export function shapeOf(where: unknown): Shape {
  const values: unknown[] = [];
  let key = '';
  const walk = (v: unknown): unknown => {
    if (v === null) { key += 'n'; return v; }
    if (v === undefined) { key += 'u'; return v; }
    if (typeof v === 'boolean') { key += v ? 't' : 'f'; return v; }
    if (typeof v === 'string' || typeof v === 'number') { key += '?'; values.push(v); return new Slot(values.length - 1); }
    if (Array.isArray(v)) {
      key += '[';
      const out = v.map((x) => { const y = walk(x); key += ','; return y; });
      key += ']';
      return out;
    }
    if (typeof v === 'object') {
      key += '{';
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      // Field names of a GraphQL input are [_A-Za-z][_0-9A-Za-z]*: no quoting needed.
      for (const k of Object.keys(v)) { key += `${k}:`; out[k] = walk((v as Record<string, unknown>)[k]); key += ','; }
      key += '}';
      return out;
    }
    // Nothing else comes out of argument coercion; should it, it is part of the key as itself.
    key += `<${typeof v}:${String(v)}>`;
    return v;
  };
  const slotted = walk(where);
  return { key, slotted, values };
}

/** The parameters of one request: the compiled ones with each slot filled from `values`. */
export function fill(params: readonly unknown[], values: readonly unknown[]): unknown[] {
  return params.map((p) => (p instanceof Slot ? values[p.index] : p));
}
