/**
 * convertBatch with several messages in flight (`--concurrency`): a message that finishes starts
 * the next one even while an earlier one is still waiting for its answer, and the results are
 * still reported in input order. A stand-in register (Sender) holds back the first message's
 * answer until the event loop turns once more; the others answer at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageCore } from '../src/core/message-core.js';
import { convertBatch, type ConvertResult, type Prepared, type Preparer } from '../src/forward/convert.js';
import type { Sender } from '../src/forward/execute.js';
import { IdMap } from '../src/forward/idmap.js';
import { KeyFields } from '../src/forward/keys.js';
import type { SendPlan } from '../src/forward/plan.js';
import { testSchemaDir } from '../src/reference-register/sample.js';

const idmap = IdMap.open(':memory:');
afterAll(() => idmap.close());
const key = KeyFields.fromSchemaDir(testSchemaDir()).keyOf('lr', 'Client');

const bsn = (i: number): string => String(100000100 + i);
const plan = (i: number): SendPlan => ({
  kind: 'AW35', messageKey: `m${i}`,
  mutations: [{ register: 'lr', operation: 'registreerClient', entity: 'Client', variables: { input: { bsn: bsn(i) } }, as: 'c', naturalKey: { entity: 'Client', key: bsn(i) }, source: 'test' }],
});
const preparer: Preparer = {
  size: 1,
  prepare: (file) => {
    const i = Number(file);
    const p: Prepared = { result: { file, valid: true, status: 'rejected', issues: [], mutations: [], records: [], retour: null }, plan: plan(i), clientKeys: [`client ${bsn(i)}`] };
    return Promise.resolve(p);
  },
};

describe('convertBatch, several messages in flight', () => {
  it('sends the later messages while the first waits for its answer, and reports in input order', async () => {
    const events: string[] = [];
    const sender: Sender = {
      newTrace: () => ({ traceId: '0'.repeat(32) }),
      request: async <T>(_r: unknown, _q: string, variables: Record<string, unknown> = {}) => {
        const b = ((variables['input'] ?? {}) as { bsn: string }).bsn;
        const i = Number(b) - 100000100;
        events.push(`sent ${i}`);
        // The first message's answer comes a turn of the event loop later; the rest at once.
        if (i === 0) await new Promise((r) => setImmediate(r));
        events.push(`answered ${i}`);
        return { class: 'ok' as const, data: { registreerClient: { [key]: `id-${i}` } } as T, status: 200, traceId: '0'.repeat(32) };
      },
    };
    const results: ConvertResult[] = [];
    await convertBatch(['0', '1', '2', '3'].map((file) => ({ file, bytes: new Uint8Array() })), {
      core: undefined as unknown as MessageCore, mappings: { forward: new Map() } as never, preparer, concurrency: 2, target: { client: sender, idmap },
    }, (r, done) => {
      events.push(`reported ${r.file}`);
      expect(done).toBe(results.push(r));
    });
    expect(results.map((r) => [r.file, r.status, r.mutations[0]?.ids[key]])).toEqual([['0', 'converted', 'id-0'], ['1', 'converted', 'id-1'], ['2', 'converted', 'id-2'], ['3', 'converted', 'id-3']]);
    // 2 and 3 went out (and were answered) while 0 still waited: two slots, one of them kept busy.
    expect(events.indexOf('sent 3')).toBeLessThan(events.indexOf('answered 0'));
    expect(events.filter((e) => e.startsWith('reported'))).toEqual(['reported 0', 'reported 1', 'reported 2', 'reported 3']);
    expect(events.indexOf('reported 0')).toBeGreaterThan(events.indexOf('answered 0'));
  });

  it('one at a time (--concurrency 1): each message is sent and reported before the next is sent', async () => {
    const events: string[] = [];
    const sender: Sender = {
      newTrace: () => ({ traceId: '0'.repeat(32) }),
      request: async <T>(_r: unknown, _q: string, variables: Record<string, unknown> = {}) => {
        const i = Number(((variables['input'] ?? {}) as { bsn: string }).bsn) - 100000100;
        events.push(`sent ${i}`);
        await new Promise((r) => setImmediate(r));
        return { class: 'ok' as const, data: { registreerClient: { [key]: `id-${i}` } } as T, status: 200, traceId: '0'.repeat(32) };
      },
    };
    await convertBatch(['10', '11', '12'].map((file) => ({ file, bytes: new Uint8Array() })), {
      core: undefined as unknown as MessageCore, mappings: { forward: new Map() } as never, preparer, concurrency: 1, target: { client: sender, idmap },
    }, (r) => events.push(`reported ${r.file}`));
    expect(events).toEqual(['sent 10', 'reported 10', 'sent 11', 'reported 11', 'sent 12', 'reported 12']);
  });
});
