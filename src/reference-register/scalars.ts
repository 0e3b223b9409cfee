/** Input checks for the custom scalars the register SDLs declare (Date, DateTime, UUID). */
import { GraphQLError, type GraphQLSchema, isScalarType, Kind, type ValueNode } from './gql.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export const isDateTime = (s: string): boolean => DATETIME.test(s) && isDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s));
export const isUuid = (s: string): boolean => UUID.test(s);

const CHECKS: Record<string, [(s: string) => boolean, string]> = {
  Date: [isDate, 'a date YYYY-MM-DD'],
  DateTime: [isDateTime, 'an ISO-8601 date-time with offset'],
  UUID: [isUuid, 'a UUID'],
};

/** Gives the SDL's Date, DateTime and UUID scalars a parseValue/parseLiteral that checks the format. */
export function checkScalars(schema: GraphQLSchema): void {
  for (const [name, [ok, what]] of Object.entries(CHECKS)) {
    const t = schema.getType(name);
    if (!isScalarType(t)) continue;
    const parse = (v: unknown): string => {
      if (typeof v !== 'string' || !ok(v)) throw new GraphQLError(`${name} must be ${what}, got ${JSON.stringify(v)}`);
      return v;
    };
    Object.assign(t, {
      parseValue: parse,
      parseLiteral: (ast: ValueNode): string => {
        if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be ${what} as a string`);
        return parse(ast.value);
      },
    });
  }
}
