/**
 * A validator for the subset of JSON Schema that mappings/mapping.schema.json uses (type,
 * properties, additionalProperties, required, items, enum, pattern, local $ref). Violations are
 * values: the JSON path of the offending value and what is wrong.
 */

export interface SchemaViolation { path: (string | number)[]; message: string }

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  [other: string]: unknown;
};

/** The keywords the validator implements; a schema using others is refused (see the test). */
export const KEYWORDS = new Set(['type', 'properties', 'additionalProperties', 'required', 'items', 'enum', 'pattern', '$ref', 'definitions', '$schema', '$id', 'title', 'description']);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const typeOk = (want: string, got: string): boolean => want === got || (want === 'number' && got === 'integer');

export function checkSchema(root: JsonSchema, value: unknown): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  const resolve = (s: JsonSchema): JsonSchema => {
    if (!s.$ref) return s;
    const name = /^#\/definitions\/(.+)$/.exec(s.$ref)?.[1];
    const def = name ? root.definitions?.[name] : undefined;
    if (!def) throw new Error(`schema: unresolvable $ref ${s.$ref}`);
    return resolve(def);
  };
  const visit = (schema: JsonSchema, v: unknown, path: (string | number)[]): void => {
    const s = resolve(schema);
    const got = typeOf(v);
    if (s.type) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => typeOk(t, got))) {
        out.push({ path, message: `must be ${types.join(' or ')}, not ${got}` });
        return;
      }
    }
    if (s.enum && !s.enum.includes(v)) out.push({ path, message: `must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}, not ${JSON.stringify(v)}` });
    if (s.pattern && typeof v === 'string' && !new RegExp(s.pattern).test(v)) out.push({ path, message: `${JSON.stringify(v)} does not match ${s.pattern}` });
    if (got === 'object') {
      const obj = v as Record<string, unknown>;
      for (const r of s.required ?? []) if (!(r in obj)) out.push({ path, message: `"${r}" is required` });
      for (const [k, child] of Object.entries(obj)) {
        const ps = s.properties?.[k];
        if (ps) visit(ps, child, [...path, k]);
        else if (s.additionalProperties === false) out.push({ path: [...path, k], message: `"${k}" is not allowed here${s.properties ? ` (allowed: ${Object.keys(s.properties).join(', ')})` : ''}` });
        else if (s.additionalProperties && typeof s.additionalProperties === 'object') visit(s.additionalProperties, child, [...path, k]);
      }
    }
    if (got === 'array' && s.items) (v as unknown[]).forEach((item, i) => visit(s.items!, item, [...path, i]));
  };
  visit(root, value, []);
  return out;
}

/** Keywords a schema uses that checkSchema does not implement. */
export function unsupportedKeywords(schema: unknown, path = '#'): string[] {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(schema as Record<string, unknown>)) {
    if (!KEYWORDS.has(k)) out.push(`${path}/${k}`);
    if (k === 'properties' || k === 'definitions') for (const [n, sub] of Object.entries(v as Record<string, unknown>)) out.push(...unsupportedKeywords(sub, `${path}/${k}/${n}`));
    else if (k === 'items' || k === 'additionalProperties') out.push(...unsupportedKeywords(v, `${path}/${k}`));
  }
  return out;
}
