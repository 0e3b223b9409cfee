/**
 * The mapping expression language (docs/mappings.md): one small expression per mapping line.
 *
 *   Bsn                              a path, relative to the record the rule iterates
 *   ../Indicatie/Besluitnummer       `..` steps out to the enclosing rule's record
 *   /Header/Afzender                 from the message root
 *   '01'  42  null                   literals (strings always quoted: codes keep their zeros)
 *   int(Besluitnummer)               a function (src/forward/functions.ts)
 *   $ref(bemiddeling)                the id returned by an earlier mutation of this plan (its `as`)
 *   $lookup(br, Bemiddelingspecificatie, key(...))   an id an earlier message registered
 *   $default(contactIngangsdatum)    a configurable default (`defaults:`)
 */

export type Expr =
  | { t: 'path'; up: number; abs: boolean; segs: string[]; text: string }
  | { t: 'lit'; v: string | number | null }
  | { t: 'ref'; name: string }
  | { t: 'lookup'; register: string; entity: string; key: Expr }
  | { t: 'default'; name: string }
  | { t: 'call'; fn: string; args: Expr[] };

export class ExprError extends Error {
  constructor(message: string, readonly column: number) {
    super(message);
  }
}

interface Tok { k: 'word' | 'str' | 'num' | '(' | ')' | ','; v: string; at: number }

const WORD = /[A-Za-z0-9_$./]/;

function tokens(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t') i++;
    else if (c === '(' || c === ')' || c === ',') out.push({ k: c, v: c, at: i++ });
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new ExprError('unterminated string', i);
      out.push({ k: 'str', v: src.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (/[-0-9]/.test(c) && /^-?[0-9]+(\.[0-9]+)?(?![A-Za-z0-9_/])/.test(src.slice(i))) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      out.push({ k: 'num', v: m[0], at: i });
      i += m[0].length;
    } else if (WORD.test(c)) {
      const start = i;
      while (i < src.length && WORD.test(src[i]!)) i++;
      out.push({ k: 'word', v: src.slice(start, i), at: start });
    } else throw new ExprError(`unexpected character ${JSON.stringify(c)}`, i);
  }
  return out;
}

const SEGMENT = /^[A-Za-z][A-Za-z0-9]*$/;

function parsePath(text: string, at: number): Expr {
  let rest = text;
  let abs = false;
  let up = 0;
  if (rest.startsWith('/')) {
    abs = true;
    rest = rest.slice(1);
  }
  while (rest.startsWith('../')) {
    up++;
    rest = rest.slice(3);
  }
  const segs = rest.split('/');
  for (const s of segs) if (!SEGMENT.test(s)) throw new ExprError(`${JSON.stringify(text)} is not a path (element names separated by /)`, at);
  return { t: 'path', up, abs, segs, text };
}

/** Parses one expression; throws ExprError with the column of the problem. */
export function parseExpr(src: string): Expr {
  const toks = tokens(src);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const take = (k: Tok['k']): Tok => {
    const t = toks[p];
    if (!t || t.k !== k) throw new ExprError(`expected ${k === 'word' ? 'a name' : `"${k}"`}${t ? ` at ${JSON.stringify(t.v)}` : ' at the end'}`, t?.at ?? src.length);
    p++;
    return t;
  };
  const args = (): Expr[] => {
    take('(');
    const out: Expr[] = [];
    if (peek()?.k === ')') {
      p++;
      return out;
    }
    for (;;) {
      out.push(expr());
      if (peek()?.k === ',') p++;
      else break;
    }
    take(')');
    return out;
  };
  const name = (): string => {
    const t = take('word');
    if (!SEGMENT.test(t.v)) throw new ExprError(`${JSON.stringify(t.v)} is not a name`, t.at);
    return t.v;
  };
  const expr = (): Expr => {
    const t = peek();
    if (!t) throw new ExprError('expression expected', src.length);
    p++;
    if (t.k === 'str') return { t: 'lit', v: t.v };
    if (t.k === 'num') return { t: 'lit', v: Number(t.v) };
    if (t.k !== 'word') throw new ExprError(`unexpected ${JSON.stringify(t.v)}`, t.at);
    if (t.v === 'null') return { t: 'lit', v: null };
    if (peek()?.k !== '(') {
      if (t.v.startsWith('$')) throw new ExprError(`${t.v} needs arguments: ${t.v}(...)`, t.at);
      return parsePath(t.v, t.at);
    }
    if (t.v === '$ref' || t.v === '$default') {
      take('(');
      const n = name();
      take(')');
      return t.v === '$ref' ? { t: 'ref', name: n } : { t: 'default', name: n };
    }
    if (t.v === '$lookup') {
      take('(');
      const register = name();
      take(',');
      const entity = name();
      take(',');
      const key = expr();
      take(')');
      return { t: 'lookup', register, entity, key };
    }
    if (!/^[a-z][A-Za-z0-9]*$/.test(t.v)) throw new ExprError(`${JSON.stringify(t.v)} is not a function name`, t.at);
    return { t: 'call', fn: t.v, args: args() };
  };
  const e = expr();
  if (p < toks.length) throw new ExprError(`unexpected ${JSON.stringify(toks[p]!.v)} after the expression`, toks[p]!.at);
  return e;
}

/** A YAML scalar as an expression: strings are parsed, numbers and null are literals. */
export function exprOf(value: unknown): Expr {
  if (typeof value === 'number' || value === null) return { t: 'lit', v: value };
  if (typeof value !== 'string') throw new ExprError(`${JSON.stringify(value)} is not an expression (quote literals: '1')`, 0);
  return parseExpr(value);
}
