/**
 * The functions of the mapping language: converters (converters.ts), combinators and conditions.
 * A value is absent (`undefined`) when its source element is missing; most functions pass an
 * absent argument through as absent, so an optional element simply leaves its field out.
 */
import type { PlanValue } from './plan.js';
import { date, dateTimeAmsterdam, int, jaNee } from './converters.js';

/** A value during evaluation: a plan value or absent. */
export type Val = PlanValue | undefined;

/** Static result type, for lint: what the function gives a register field. */
export type StaticType = 'string' | 'int' | 'bool' | 'id' | 'null' | 'any';

export interface FunctionDef {
  min: number;
  max: number;
  /** The result type; `args` joins the types of the arguments (from `from` on). */
  returns: StaticType | 'args';
  from?: number;
  /** Path arguments may cross repeated elements (all occurrences are considered). */
  many?: boolean;
  doc: string;
  fn(args: Val[][]): Val;
}

const one = (v: Val[]): Val => v[0];
const text = (v: Val): string | undefined => (v === undefined || v === null ? undefined : typeof v === 'object' ? undefined : String(v));
const present = (v: Val): boolean => v !== undefined && v !== null && v !== '';
const unary = (f: (s: string) => Val) => (a: Val[][]): Val => {
  const s = text(one(a[0]!));
  return s === undefined ? undefined : f(s);
};

export const FUNCTIONS: Record<string, FunctionDef> = {
  date: { min: 1, max: 1, returns: 'string', doc: 'a message date as a register Date (verbatim YYYY-MM-DD)', fn: unary(date) },
  int: { min: 1, max: 1, returns: 'int', doc: 'an xs:integer as a number (leading zeros and + dropped)', fn: unary(int) },
  jaNee: { min: 1, max: 1, returns: 'string', doc: 'LDT_JaNee kept as the code 1/2', fn: unary(jaNee) },
  dateTimeAmsterdam: {
    min: 2, max: 2, returns: 'string', doc: 'date + time (Dutch wall clock) as ISO DateTime with the Europe/Amsterdam offset',
    fn: (a) => {
      const d = text(one(a[0]!));
      const t = text(one(a[1]!));
      return d === undefined || t === undefined ? undefined : dateTimeAmsterdam(d, t);
    },
  },
  optional: { min: 1, max: 1, returns: 'args', from: 0, doc: 'a path that exists in some kinds only (fragments shared by kinds)', fn: (a) => one(a[0]!) },
  first: { min: 1, max: 9, returns: 'args', from: 0, many: true, doc: 'the first present value', fn: (a) => a.flat().find(present) },
  key: {
    min: 1, max: 12, returns: 'string', doc: 'a natural key: the values joined with |, an absent one as empty',
    fn: (a) => a.map((v) => text(one(v)) ?? '').join('|'),
  },
  concat: { min: 1, max: 12, returns: 'string', doc: 'the values joined without separator; absent when all are absent', fn: (a) => (a.some((v) => present(one(v))) ? a.map((v) => text(one(v)) ?? '').join('') : undefined) },
  if: { min: 2, max: 3, returns: 'args', from: 1, doc: 'if(condition, then, else): else absent when left out', fn: (a) => (one(a[0]!) === true ? one(a[1]!) : a[2] ? one(a[2]) : undefined) },
  eq: { min: 2, max: 2, returns: 'bool', doc: 'both values present and equal (as text)', fn: (a) => present(one(a[0]!)) && text(one(a[0]!)) === text(one(a[1]!)) },
  in: { min: 2, max: 20, returns: 'bool', doc: 'the first value equals one of the others', fn: (a) => present(one(a[0]!)) && a.slice(1).some((v) => text(one(v)) === text(one(a[0]!))) },
  exists: { min: 1, max: 1, returns: 'bool', many: true, doc: 'the element occurs (at least once)', fn: (a) => a[0]!.some(present) },
  not: { min: 1, max: 1, returns: 'bool', doc: 'negation', fn: (a) => one(a[0]!) !== true },
  and: { min: 2, max: 9, returns: 'bool', doc: 'all conditions hold', fn: (a) => a.every((v) => one(v) === true) },
  or: { min: 2, max: 9, returns: 'bool', doc: 'some condition holds', fn: (a) => a.some((v) => one(v) === true) },
};
