import { type DocumentNode, type ExecutionArgs, getOperationAST, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, parse, type ParseOptions, type Source, specifiedRules, type TypeInfo, validate, type ValidationRule } from './gql.js';

/**
 * Parse and validation results cached by query text (clients repeat the same templates and
 * mutations; re-validating each request dominated small writes). Bounded; documents are not
 * mutated by execution. Validation results are cached per schema.
 */
const PARSED = new Map<string, DocumentNode>();
const VALIDATED = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly GraphQLError[]>>();
export const cachedParse = ((source: string | Source, options?: ParseOptions): DocumentNode => {
  if (typeof source !== 'string' || options || source.length > 16_384) return parse(source, options);
  let doc = PARSED.get(source);
  if (!doc) {
    doc = parse(source);
    if (PARSED.size >= 1000) PARSED.delete(PARSED.keys().next().value!);
    PARSED.set(source, doc);
  }
  return doc;
}) as typeof parse;
export const cachedValidate = ((schema: GraphQLSchema, doc: DocumentNode, rules?: ReadonlyArray<ValidationRule>, options?: { maxErrors?: number }, typeInfo?: TypeInfo): readonly GraphQLError[] => {
  // graphql-http passes a copy of specifiedRules: cache only for exactly those rules.
  const standard = !rules || (rules.length === specifiedRules.length && rules.every((r, i) => r === specifiedRules[i]));
  if (typeInfo || !standard || options) return validate(schema, doc, rules, options, typeInfo);
  let bySchema = VALIDATED.get(schema);
  if (!bySchema) VALIDATED.set(schema, (bySchema = new WeakMap()));
  let errors = bySchema.get(doc);
  if (!errors) bySchema.set(doc, (errors = validate(schema, doc, rules, options)));
  return errors;
}) as typeof validate;

/**
 * What an execution needs to know of its operation (compiled query, kind of write), computed once
 * per document and operation name: `make` gets the operation (null when the name selects none) and
 * the first request's arguments. Documents come from cachedParse, so a repeated query finds it.
 */
export function operationMemo<T>(make: (op: OperationDefinitionNode | null, args: ExecutionArgs) => T): (args: ExecutionArgs) => T {
  const byDocument = new WeakMap<DocumentNode, Map<string, T>>();
  return (args) => {
    let byName = byDocument.get(args.document);
    if (!byName) byDocument.set(args.document, (byName = new Map()));
    const name = args.operationName ?? '';
    if (byName.has(name)) return byName.get(name)!;
    const value = make(getOperationAST(args.document, args.operationName) ?? null, args);
    byName.set(name, value);
    return value;
  };
}
