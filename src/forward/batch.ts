/**
 * Register mutations as GraphQL documents: one mutation per request
 * (`mutation ($input: RegistreerClientInput!) { registreerClient(input: $input) { clientID } }`),
 * or several independent ones of a wave as one request with aliased root fields
 * (`mutation ($i0: RegistreerClientInput!, $i1: UUID!) { m0: registreerClient(input: $i0) { clientID } m1: verwijderAdres(id: $i1) }`),
 * and the answer of such a request split back per alias. Documents are cached by their shape,
 * so the same plan shape sends the same text (the register caches parse and validation by it).
 */
import { maskBsn } from '../log.js';
import { errorsLine, type Failure, type GqlError } from './classify.js';
import { type OpKind } from './waves.js';

/** One root field of a mutation request. */
export interface Field {
  /** `registreerClient`, `wijzigBemiddeling`, `verwijderAdres`. */
  operation: string;
  kind: OpKind;
  /** The key field a registreer/wijzig selects (`clientID`). */
  key: string;
  /** `{ input }` or `{ id }`. */
  variables: Record<string, unknown>;
}

const MAX_CACHED = 2000;
const singles = new Map<string, string>();
const batches = new Map<string, string>();

const inputType = (op: string): string => `${op.charAt(0).toUpperCase()}${op.slice(1)}Input!`;

/** The document of one mutation; its variables are the field's own. */
export function singleDocument(f: Pick<Field, 'operation' | 'kind' | 'key'>): string {
  const k = `${f.operation} ${f.key}`;
  let d = singles.get(k);
  if (!d) {
    d = f.kind === 'verwijder'
      ? `mutation ($id: UUID!) { ${f.operation}(id: $id) }`
      : `mutation ($input: ${inputType(f.operation)}) { ${f.operation}(input: $input) { ${f.key} } }`;
    if (singles.size >= MAX_CACHED) singles.clear();
    singles.set(k, d);
  }
  return d;
}

export const alias = (i: number): string => `m${i}`;

/** The document and variables of several mutations in one request: field i is `m<i>`, its variable `$i<i>`. */
export function batchRequest(fields: readonly Field[]): { query: string; variables: Record<string, unknown> } {
  const k = fields.map((f) => `${f.operation} ${f.key}`).join(',');
  let d = batches.get(k);
  if (!d) {
    const defs = fields.map((f, i) => `$i${i}: ${f.kind === 'verwijder' ? 'UUID!' : inputType(f.operation)}`);
    const sels = fields.map((f, i) => (f.kind === 'verwijder' ? `${alias(i)}: ${f.operation}(id: $i${i})` : `${alias(i)}: ${f.operation}(input: $i${i}) { ${f.key} }`));
    d = `mutation (${defs.join(', ')}) { ${sels.join(' ')} }`;
    if (batches.size >= MAX_CACHED) batches.clear();
    batches.set(k, d);
  }
  const variables: Record<string, unknown> = {};
  fields.forEach((f, i) => (variables[`i${i}`] = f.kind === 'verwijder' ? f.variables['id'] : f.variables['input']));
  return { query: d, variables };
}

/** Per field: its value in the answer, or its failure. */
export type FieldOutcome = { class: 'ok'; value: unknown } | Failure;

/**
 * Splits a batched answer that has `data`: a field with an error under its alias (`path: ["m3"]`)
 * failed (permanent, like the same mutation sent alone); a field with a value succeeded.
 */
export function splitAnswer(fields: readonly Field[], data: Record<string, unknown>, errors: readonly GqlError[], status: number): FieldOutcome[] {
  const pathless = errors.filter((e) => typeof e.path?.[0] !== 'string' || !/^m\d+$/.test(e.path[0]));
  return fields.map((f, i) => {
    const mine = errors.filter((e) => e.path?.[0] === alias(i));
    const value = data[alias(i)];
    if (mine.length === 0 && value !== null && value !== undefined) return { class: 'ok', value };
    const errs = mine.length > 0 ? mine : pathless;
    if (errs.length === 0) return { class: 'permanent', reason: 'bad-response', status, message: `${f.operation}: the answer has no result for it` };
    return { class: 'permanent', reason: 'graphql', status, message: `${f.operation}: ${maskBsn(errorsLine(errs))}`, errors: errs.map((e) => ({ ...e, message: maskBsn(e.message) })) };
  });
}
