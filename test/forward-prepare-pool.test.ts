/**
 * convert's first step on worker threads (PreparePool) gives what it gives on the main thread:
 * the same results in input order (a dry run of the scenarios and a rejected message), the
 * retour of a rejected message written from the main thread; and a live run with the register on
 * a thread of its own (RegisterThread, real HTTP on loopback, real SQLite files) keeps each
 * client's messages in order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../src/core/message-core.js';
import { openRegisterClient } from '../src/forward/client.js';
import { convertBatch, type ConvertResult, prepareMessage, type Preparer } from '../src/forward/convert.js';
import { IdMap } from '../src/forward/idmap.js';
import { loadMappings } from '../src/forward/mapping.js';
import { PreparePool } from '../src/forward/prepare-pool.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { RegisterThread } from '../src/reference-register/thread.js';
import { FIXTURES, ROOT, XSD_DIR } from './helpers/paths.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
const { set: mappings } = loadMappings(path.join(ROOT, 'mappings'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-prepare-pool-'));
const SCENARIOS = path.join(ROOT, 'fixtures', 'scenarios');
const scenarioFiles = fs.readdirSync(SCENARIOS).sort().flatMap((d) => fs.readdirSync(path.join(SCENARIOS, d)).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(SCENARIOS, d, f)));
const rejected = path.join(FIXTURES, 'AW33', 'rule__TR016_toewijzing_starts_before_indicatie', 'input.xml');
let pool: PreparePool;

beforeAll(async () => {
  pool = await PreparePool.start(2, { core: { xsdDir: XSD_DIR }, mappings });
});
afterAll(async () => {
  await pool.close();
  core.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function dryRun(files: string[], preparer?: Preparer): Promise<{ results: ConvertResult[]; retours: string[] }> {
  const results: ConvertResult[] = [];
  const retours: string[] = [];
  await convertBatch(files.map((file) => ({ file, bytes: fs.readFileSync(file) })), {
    core, mappings, ...(preparer ? { preparer } : {}),
    writeRetour: (file, xml) => {
      retours.push(`${path.basename(path.dirname(file))}/${path.basename(file)} ${/<RetourCode>(\d+)<\/RetourCode>/.exec(xml)?.[1] ?? '?'}`);
      return `${file}.retour.xml`;
    },
  }, (r) => results.push(r));
  return { results, retours };
}

describe('PreparePool', () => {
  it('a dry run on worker threads gives the results of the main thread, in input order', async () => {
    const files = [...scenarioFiles, rejected, ...scenarioFiles];
    const here = await dryRun(files);
    const there = await dryRun(files, pool);
    expect(there.results.map((r) => r.file)).toEqual(files);
    expect(there.results).toEqual(here.results);
    expect(there.retours).toEqual(here.retours);
    const bad = there.results[scenarioFiles.length]!;
    expect(bad).toMatchObject({ status: 'rejected', retour: `${rejected}.retour.xml` });
    expect(bad.issues.map((i) => i.rule)).toContain('TR016');
  });

  it('hands each message over exactly as prepared on the main thread (the plan as JSON on the way)', async () => {
    const files = [...scenarioFiles, rejected];
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      const here = prepareMessage(file, bytes, { core, mappings });
      const there = await pool.prepare(file, bytes);
      // Strict: no property lost or added (an undefined one included), plans compared whole; the
      // retours differ only in their IdentificatieRetour (a new id per retour).
      const sameId = (p: typeof here): typeof here => (p.retourXml ? { ...p, retourXml: p.retourXml.replace(/<IdentificatieRetour>\w+</, '<IdentificatieRetour>X<') } : p);
      expect(sameId(there)).toStrictEqual(sameId(here));
    }
    expect(files.filter((f) => prepareMessage(f, fs.readFileSync(f), { core, mappings }).plan).length).toBeGreaterThan(scenarioFiles.length / 2);
  });

  it('live, with the register on its own thread: every scenario converts, each client in order', async () => {
    const reg = await RegisterThread.start({ db: path.join(tmp, 'register.sqlite'), schemaDir: testSchemaDir(), xsdDir: XSD_DIR, notifications: false });
    const opened = openRegisterClient({ base: reg.url });
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const idmap = IdMap.open(path.join(tmp, 'state.sqlite'));
    const results: ConvertResult[] = [];
    try {
      await convertBatch(scenarioFiles.map((file) => ({ file, bytes: fs.readFileSync(file) })), {
        core, mappings, preparer: pool, concurrency: 8, target: { client: opened.client, idmap },
      }, (r) => results.push(r));
      expect(results.map((r) => r.file)).toEqual(scenarioFiles);
      expect(results.filter((r) => r.status !== 'converted').map((r) => `${r.file}: ${r.reason}`)).toEqual([]);
      const counts = await reg.counts();
      expect(counts.map((c) => c.table)).toEqual(expect.arrayContaining(['br_Bemiddelingspecificatie', 'lr_Leveringperiode']));
      const usage = await reg.usage();
      expect(usage.busy).toBeGreaterThan(0);
      expect(usage.busy).toBeLessThanOrEqual(1);
    } finally {
      idmap.close();
      await opened.client.close();
      await reg.close();
    }
    // Closed: the file is the register's, complete.
    const db = new Database(path.join(tmp, 'register.sqlite'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM br_Bemiddelingspecificatie').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
