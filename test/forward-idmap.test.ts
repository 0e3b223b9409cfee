/** The identifier map on a real SQLite file, the key fields of every register type, the keyed lock. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, IdMap } from '../src/forward/idmap.js';
import { KeyFields, namingRule } from '../src/forward/keys.js';
import { KeyedLock } from '../src/forward/lock.js';
import { buildSchema } from '../src/reference-register/gql.js';
import { buildModel } from '../src/reference-register/model.js';
import { REGISTERS } from '../src/reference-register/registers.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { readSdl } from '../src/reference-register/schema-files.js';

const tmpFile = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-idmap-')), 'forward.sqlite');
let t = Date.parse('2026-03-01T10:00:00Z');
const clock = (): Date => new Date(t);

describe('IdMap', () => {
  it('natural key ↔ register id both ways, versioned, persisted across reopen', () => {
    const file = tmpFile();
    let m = IdMap.open(file, { now: clock });
    expect(m.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const key = '5507|012345672|2025000001|750|01234567|4|2026-01-01';
    const e = m.created('br', 'Bemiddelingspecificatie', key, 'aaaaaaaa-0000-4000-8000-000000000001', { zzpCode: '750', instelling: '01234567' }, 'AW33|5507|1');
    expect(e).toMatchObject({ version: 1, createdAt: '2026-03-01T10:00:00.000Z', messageKey: 'AW33|5507|1' });
    m.created('lr', 'Bemiddelingspecificatie', key, 'bbbbbbbb-0000-4000-8000-000000000001', {});
    m.close();

    t += 60_000;
    m = IdMap.open(file, { now: clock });
    expect(m.get('br', 'Bemiddelingspecificatie', key)?.id).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    expect(m.get('lr', 'Bemiddelingspecificatie', key)?.id).toBe('bbbbbbbb-0000-4000-8000-000000000001');
    expect(m.keysOf('br', 'aaaaaaaa-0000-4000-8000-000000000001').map((x) => [x.entity, x.key])).toEqual([['Bemiddelingspecificatie', key]]);
    expect(m.keysOf('lr', 'aaaaaaaa-0000-4000-8000-000000000001')).toEqual([]);

    // Same content in another field order → same hash; a change raises the version.
    expect(contentHash({ instelling: '01234567', zzpCode: '750' })).toBe(m.get('br', 'Bemiddelingspecificatie', key)!.hash);
    const c = m.changed('br', 'Bemiddelingspecificatie', key, { zzpCode: '751', instelling: '01234567' });
    expect(c).toMatchObject({ version: 2, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:01:00.000Z', content: { zzpCode: '751' } });
    expect(c.hash).not.toBe(e.hash);

    // Removal keeps the reverse direction (with `all`) and hides the key from lookups.
    const removed = m.removed('br', 'aaaaaaaa-0000-4000-8000-000000000001');
    expect(removed.map((x) => x.version)).toEqual([2]);
    expect(m.get('br', 'Bemiddelingspecificatie', key)).toBeUndefined();
    expect(m.entry('br', 'Bemiddelingspecificatie', key)).toMatchObject({ version: 3, deletedAt: '2026-03-01T10:01:00.000Z' });
    expect(m.keysOf('br', 'aaaaaaaa-0000-4000-8000-000000000001')).toEqual([]);
    expect(m.keysOf('br', 'aaaaaaaa-0000-4000-8000-000000000001', { all: true })).toHaveLength(1);
    // Created again under a new id: the next version.
    expect(m.created('br', 'Bemiddelingspecificatie', key, 'cccccccc-0000-4000-8000-000000000001', {}).version).toBe(4);
    // Undo puts the previous state back, or forgets the key.
    m.restore('br', 'Bemiddelingspecificatie', key, removed[0]);
    expect(m.get('br', 'Bemiddelingspecificatie', key)?.id).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    m.restore('lr', 'Bemiddelingspecificatie', key, undefined);
    expect(m.entry('lr', 'Bemiddelingspecificatie', key)).toBeUndefined();
    m.close();
  });

  it('processed messages and migrations applied once', () => {
    const file = tmpFile();
    let m = IdMap.open(file, { now: clock });
    expect(m.processed('AW33|5507|1')).toBeUndefined();
    m.markProcessed('AW33|5507|1', 'AW33', { status: 'ok', records: ['Client/x'], retour: 'out/AW34.xml' });
    m.close();
    m = IdMap.open(file, { now: clock });
    expect(m.processed('AW33|5507|1')).toEqual({ messageKey: 'AW33|5507|1', kind: 'AW33', processedAt: new Date(t).toISOString(), outcome: { status: 'ok', records: ['Client/x'], retour: 'out/AW34.xml' } });
    expect(m.db.prepare('SELECT version, name FROM forward_migrations').all()).toEqual([{ version: 1, name: 'id-map-and-processed-messages' }]);
    m.close();
  });
});

describe('key fields', () => {
  it('for every type of every register: the same key as the register model', () => {
    const dir = testSchemaDir();
    const keys = KeyFields.fromSchemaDir(dir);
    let n = 0;
    for (const def of REGISTERS) {
      const model = buildModel(buildSchema(readSdl(dir, def.sdl)), def.id);
      expect([...keys.entities(def.id).keys()].sort()).toEqual([...model.entities.keys()].sort());
      for (const e of model.entities.values()) {
        expect(keys.keyOf(def.id, e.type), `${def.id} ${e.type}`).toBe(e.pk);
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(30);
    // Where the naming rule alone would be wrong.
    expect(keys.keyOf('lr', 'BehandelingPeriode')).toBe('behandelingperiodeID');
    expect(namingRule('BehandelingPeriode')).toBe('behandelingPeriodeID');
    expect(keys.keyOf('ir', 'WlzIndicatie')).toBe('wlzindicatieID');
  });
});

describe('KeyedLock', () => {
  it('grants overlapping key sets one after the other, disjoint ones at once', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const a = await lock.acquire(['k1', 'k2']);
    const bP = lock.acquire(['k2', 'k3']).then((r) => { order.push('b'); return r; });
    const c = await lock.acquire(['k4']);
    order.push('c');
    await Promise.resolve();
    expect(order).toEqual(['c']);
    a();
    const b = await bP;
    expect(order).toEqual(['c', 'b']);
    b();
    c();
    expect(lock.size).toBe(0);
  });
});
