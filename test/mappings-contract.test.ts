/**
 * The mappings target the real register contract: every planned mutation of every valid heen
 * fixture is accepted by the Mutation field and input type the embedded register serves
 * (graphql-js input coercion against the served schema; no server needed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../src/core/message-core.js';
import { planMessage } from '../src/forward/engine.js';
import { loadContract } from '../src/forward/lint.js';
import { loadMappings } from '../src/forward/mapping.js';
import type { PlanValue } from '../src/forward/plan.js';
import { HEEN_KINDS } from '../src/messages/catalog.js';
import { coerceInputValue } from '../src/reference-register/gql.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { FIXTURES, ROOT, XSD_DIR } from './helpers/paths.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());
const contract = loadContract(testSchemaDir());
const { set } = loadMappings(path.join(ROOT, 'mappings'));

/** A Ref or Lookup stands for a register id: any UUID does for the input type. */
const ID = '00000000-0000-4000-8000-000000000001';
const resolved = (v: PlanValue | undefined): unknown =>
  v === null || typeof v !== 'object' ? v : Array.isArray(v) ? v.map(resolved) : '$ref' in v || '$lookup' in v ? ID : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolved(x)]));

/**
 * Valid messages with nothing for the registers: every client has only functies or aanvragen,
 * which the mapping ignores with a reason, so not even the Leveringsregister Client is planned.
 */
const NOTHING_TO_SEND = new Set([
  'AW35/valid__geleverde_functies_only', 'ZK35/valid__geleverde_functies_only',
  'AW39/valid__aanvraag_dtv_opname_covers_every_day', 'AW39/valid__aanvraag_verblijf_with_opname',
  'ZK39/valid__aanvraag_dtv_opname_covers_every_day', 'ZK39/valid__aanvraag_verblijf_with_opname',
]);

const fixtures = HEEN_KINDS.flatMap((kind) => fs.readdirSync(path.join(FIXTURES, kind)).filter((d) => d.startsWith('valid__')).map((d) => ({ kind, name: d, file: path.join(FIXTURES, kind, d, 'input.xml') })));

describe.each(fixtures)('$kind $name', ({ kind, name, file }) => {
  it('plans only mutations the served register schema accepts', () => {
    const r = core.validate(fs.readFileSync(file), { read: true, file });
    expect(r.valid).toBe(true);
    const res = planMessage(set, kind, r.message!);
    expect(res.problems).toEqual([]);
    const errors: string[] = [];
    for (const m of res.plan!.mutations) {
      const field = contract.get(m.register)?.getMutationType()?.getFields()[m.operation];
      if (!field) {
        errors.push(`${m.source}: ${m.register} has no ${m.operation}`);
        continue;
      }
      expect(Object.keys(m.variables).sort()).toEqual(field.args.map((a) => a.name).sort());
      for (const a of field.args) coerceInputValue(resolved(m.variables[a.name]), a.type, (p, _v, e) => errors.push(`${m.source} ${m.operation}.${[a.name, ...p].join('.')}: ${e.message}`));
    }
    expect(errors).toEqual([]);
    if (res.plan!.noTarget) return;
    if (NOTHING_TO_SEND.has(`${kind}/${name}`)) {
      expect(res.plan!.mutations).toEqual([]);
      expect(res.plan!.ignored.map((g) => g.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^Clienten\/Client\/(GeleverdeFuncties|Aanvragen)$/)]));
    } else expect(res.plan!.mutations.length).toBeGreaterThan(0);
  });
});
