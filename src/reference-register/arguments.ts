/**
 * Faster field arguments and variables for the register schemas.
 *
 * graphql-js computes a field's arguments (getArgumentValues → valueFromAST) every time the field
 * is executed, and for an input object it walks every field the input TYPE declares: a nested
 * `where` on a filter input of thirty fields, inside `and`/`or` lists, cost more than the SQL it
 * becomes. The documents have been validated before execution, so here the literal is converted
 * walking only the fields it HAS, with the same results: variables taken as coerced, a missing
 * variable leaves its field out (a null in a list), a single value for a list type is wrapped,
 * leaves go through their type's parseLiteral (Date/UUID checks, enums), declared defaults are
 * filled in and keys come in the type's declaration order, as graphql-js gives them. Anything
 * unusual (a missing required value, a literal that does not parse) falls back to graphql-js,
 * which then raises its own error.
 *
 * Variables (a mutation's `input`) are coerced the same way: only the keys given are walked, the
 * result (null-prototype objects, keys in declaration order) equals coerceInputValue's; an input
 * graphql-js would reject goes to graphql-js for its error.
 *
 * It takes effect by replacing graphql-js's exported getArgumentValues and getVariableValues
 * (execute.js calls them through the module's exports) with ones that handle only the fields
 * whose resolvers are registered here, and the variables of schemas that have such fields; every
 * other field and schema gets the originals. arguments.test.ts checks the results equal
 * graphql-js's for every official query template and for write inputs.
 */
import { createRequire } from 'node:module';
import {
  type FieldNode, type GraphQLError, type GraphQLField, type GraphQLInputObjectType, type GraphQLInputType, type GraphQLLeafType, type GraphQLSchema, isInputObjectType,
  isInputType, isListType, isNonNullType, Kind, typeFromAST, type ValueNode, type VariableDefinitionNode,
} from './gql.js';

type Vars = Record<string, unknown>;
type GetArgumentValues = (def: GraphQLField<unknown, unknown>, node: FieldNode, variableValues?: Vars | null) => Record<string, unknown>;
type VariableValues = { coerced: Vars; errors?: never } | { errors: readonly GraphQLError[]; coerced?: never };
type GetVariableValues = (schema: GraphQLSchema, defs: readonly VariableDefinitionNode[], inputs: Vars, options?: { maxErrors?: number; hideSuggestions?: boolean }) => VariableValues;

const values = createRequire(import.meta.url)('graphql/execution/values.js') as { getArgumentValues: GetArgumentValues; getVariableValues: GetVariableValues };
/** Resolvers of the fields that take the fast path (resolvers survive extendSchema/toConfig, field objects do not). */
const FAST = new WeakSet<object>();
/** Thrown inside the fast path when graphql-js must decide (and report) instead. */
const GIVE_UP = Symbol('give up');
const OMIT = Symbol('omit');

interface Shape { index: Map<string, number>; defaults: [string, unknown][]; required: string[] }
const SHAPES = new WeakMap<GraphQLInputObjectType, Shape>();
/** Per input type: declaration order, declared defaults, and the fields that must have a value. */
function shape(t: GraphQLInputObjectType): Shape {
  let s = SHAPES.get(t);
  if (!s) {
    const fields = Object.values(t.getFields());
    s = {
      index: new Map(fields.map((f, i) => [f.name, i])),
      defaults: fields.filter((f) => f.defaultValue !== undefined).map((f) => [f.name, f.defaultValue]),
      required: fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name),
    };
    SHAPES.set(t, s);
  }
  return s;
}

function convert(node: ValueNode, type: GraphQLInputType, vars: Vars): unknown {
  if (node.kind === Kind.VARIABLE) {
    const v = vars[node.name.value];
    if (v === undefined) return OMIT;
    if (v === null && isNonNullType(type)) throw GIVE_UP;
    return v;
  }
  if (isNonNullType(type)) {
    if (node.kind === Kind.NULL) throw GIVE_UP;
    return convert(node, type.ofType, vars);
  }
  if (node.kind === Kind.NULL) return null;
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    if (node.kind !== Kind.LIST) {
      const v = convert(node, item, vars);
      if (v === OMIT) throw GIVE_UP;
      return [v];
    }
    return node.values.map((n) => {
      const v = convert(n, item, vars);
      if (v === OMIT) {
        if (isNonNullType(item)) throw GIVE_UP;
        return null;
      }
      return v;
    });
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) throw GIVE_UP;
    const fields = type.getFields();
    const { index, defaults, required } = shape(type);
    const entries: [string, unknown][] = [];
    for (const f of node.fields) {
      const def = fields[f.name.value];
      if (!def) throw GIVE_UP;
      const v = convert(f.value, def.type, vars);
      if (v === OMIT) continue;
      entries.push([def.name, v]);
    }
    for (const [name, d] of defaults) if (!entries.some(([n]) => n === name)) entries.push([name, d]);
    for (const name of required) if (!entries.some(([n]) => n === name)) throw GIVE_UP;
    if (entries.length > 1) entries.sort((a, b) => index.get(a[0])! - index.get(b[0])!);
    return Object.fromEntries(entries);
  }
  let v: unknown;
  try {
    v = (type as GraphQLLeafType).parseLiteral(node, vars);
  } catch {
    throw GIVE_UP;
  }
  if (v === undefined) throw GIVE_UP;
  return v;
}

/** The arguments of `def` at `node`, as graphql-js's getArgumentValues gives them (its own code on anything unusual). */
export function fastArgumentValues(def: GraphQLField<unknown, unknown>, node: FieldNode, vars: Vars | null | undefined, original: GetArgumentValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  try {
    for (const arg of def.args) {
      const a = node.arguments?.find((x) => x.name.value === arg.name);
      if (!a || (a.value.kind === Kind.VARIABLE && (vars == null || !Object.prototype.hasOwnProperty.call(vars, a.value.name.value)))) {
        if (arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
        else if (isNonNullType(arg.type)) throw GIVE_UP;
        continue;
      }
      const v = convert(a.value, arg.type, vars ?? {});
      if (v === OMIT) throw GIVE_UP;
      out[arg.name] = v;
    }
  } catch (e) {
    if (e === GIVE_UP) return original(def, node, vars);
    throw e;
  }
  return out;
}

/** A request's variables (JSON) coerced as graphql-js's coerceInputValue does, or GIVE_UP. */
function coerceValue(v: unknown, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) {
    if (v == null) throw GIVE_UP;
    return coerceValue(v, type.ofType);
  }
  if (v == null) return null;
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    if (Array.isArray(v)) return v.map((x) => coerceValue(x, item));
    if (typeof v === 'object') throw GIVE_UP;
    return [coerceValue(v, item)];
  }
  if (isInputObjectType(type)) {
    if (typeof v !== 'object' || Array.isArray(v) || type.isOneOf) throw GIVE_UP;
    const fields = type.getFields();
    const { index, defaults, required } = shape(type);
    const given = v as Record<string, unknown>;
    const entries: [string, unknown][] = [];
    for (const name of Object.keys(given)) {
      const def = fields[name];
      if (!def) throw GIVE_UP;
      if (given[name] === undefined) continue;
      entries.push([name, coerceValue(given[name], def.type)]);
    }
    for (const [name, d] of defaults) if (given[name] === undefined) entries.push([name, d]);
    for (const name of required) if (given[name] === undefined) throw GIVE_UP;
    if (entries.length > 1) entries.sort((a, b) => index.get(a[0])! - index.get(b[0])!);
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, x] of entries) out[k] = x;
    return out;
  }
  let r: unknown;
  try {
    r = (type as GraphQLLeafType).parseValue(v);
  } catch {
    throw GIVE_UP;
  }
  if (r === undefined) throw GIVE_UP;
  return r;
}

/** The variables of a request as graphql-js's getVariableValues gives them (its own code on anything unusual, e.g. an error to report). */
export function fastVariableValues(schema: GraphQLSchema, defs: readonly VariableDefinitionNode[], inputs: Vars, original: GetVariableValues, options?: Parameters<GetVariableValues>[3]): VariableValues {
  const out = Object.create(null) as Vars;
  try {
    for (const d of defs) {
      const name = d.variable.name.value;
      const type = typeFromAST(schema, d.type);
      if (!type || !isInputType(type) || d.defaultValue) throw GIVE_UP;
      if (!Object.prototype.hasOwnProperty.call(inputs, name)) {
        if (isNonNullType(type)) throw GIVE_UP;
        continue;
      }
      out[name] = coerceValue(inputs[name], type);
    }
  } catch (e) {
    if (e === GIVE_UP) return original(schema, defs, inputs, options);
    throw e;
  }
  return { coerced: { ...out } };
}

/** Schemas that have register fields (decided once per schema object). */
const REGISTER_SCHEMAS = new WeakMap<GraphQLSchema, boolean>();
function isRegisterSchema(schema: GraphQLSchema): boolean {
  let yes = REGISTER_SCHEMAS.get(schema);
  if (yes === undefined) {
    yes = Object.values(schema.getQueryType()?.getFields() ?? {}).some((f) => f.resolve !== undefined && FAST.has(f.resolve));
    REGISTER_SCHEMAS.set(schema, yes);
  }
  return yes;
}

const original = values.getArgumentValues;
const originalVariables = values.getVariableValues;
if (!(original as { fast?: boolean }).fast) {
  // A field without arguments always gets a fresh {} from graphql-js: given here without its per-field work, for every schema.
  const patched: GetArgumentValues = (def, node, vars) => (def.args.length === 0 ? {} : def.resolve && FAST.has(def.resolve) ? fastArgumentValues(def, node, vars, original) : original(def, node, vars));
  Object.assign(patched, { fast: true });
  values.getArgumentValues = patched;
  values.getVariableValues = (schema, defs, inputs, options) =>
    (isRegisterSchema(schema) && inputs != null ? fastVariableValues(schema, defs, inputs, originalVariables, options) : originalVariables(schema, defs, inputs, options));
}

/** graphql-js's own getArgumentValues and getVariableValues (for comparing). */
export const graphqlArgumentValues: GetArgumentValues = original;
export const graphqlVariableValues: GetVariableValues = originalVariables;

/** Lets the fields of a register schema take the fast path (call it after their resolvers are attached). */
export function useFastArguments(fields: Iterable<GraphQLField<unknown, unknown>>): void {
  for (const f of fields) if (f.args.length > 0 && f.resolve) FAST.add(f.resolve);
}
