import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { MessageCore } from '../core/message-core.js';
import { readOrResult } from '../core/validate-batch.js';
import { expandInputs } from '../core/inputs.js';
import { openRegisterClient, type RegisterClient } from '../forward/client.js';
import { convertBatch, type ConvertResult, type ConvertTarget } from '../forward/convert.js';
import { IdMap } from '../forward/idmap.js';
import { PreparePool } from '../forward/prepare-pool.js';
import { schemaDirOf } from '../reference-register/schema-files.js';
import { RegisterThread } from '../reference-register/thread.js';
import { loadAgbList } from '../rules/lists.js';
import { parseFormat } from './format.js';
import { Progress } from './progress.js';
import { EXIT, type Io, UsageError } from './io.js';
import { addMappingOptions, loadMappingOptions, type MappingOptions } from './mapping-options.js';
import { RetourWriter } from './retour-writer.js';

interface Opts extends MappingOptions {
  register?: string;
  embedded?: boolean;
  dryRun?: boolean;
  out?: string;
  retourDir?: string;
  format: string;
  concurrency: string;
  threads?: string;
  state?: string;
  party?: string;
  agbList?: string;
  xsdDir?: string;
  keep?: boolean;
}

/** One result as text: status line, then issues or the mutations with their status. */
export function convertText(r: ConvertResult): string {
  const what = r.kind ?? 'unidentified';
  const head = `${r.status.padEnd(9)} ${r.file} (${what})${r.duplicate ? ' duplicate: nothing sent' : ''}${r.reason ? `: ${r.reason}` : ''}`;
  const lines = r.issues.map((i) => `  ${[i.file ?? r.file, i.line].filter((x) => x !== undefined).join(':')}${i.path ? ` ${i.path}` : ''}  ${i.rule ?? i.code}  ${i.message}  [retourcode ${i.retourcode}]`);
  for (const m of r.mutations) lines.push(`  ${m.status.padEnd(9)} ${m.register} ${m.operation}${Object.keys(m.ids).length ? ` ${Object.values(m.ids).join(' ')}` : ''}${m.note ? ` (${m.note})` : ''}${m.error ? ` — ${m.error}` : ''}`);
  if (r.retour) lines.push(`  retour: ${r.retour}`);
  return [head, ...lines].join('\n');
}

/** The machine form of a result (--format json/ndjson). */
export function convertJson(r: ConvertResult): object {
  return { ...r, mutations: r.mutations.map(({ operation, variables, status, ids, register, source, note, error }) => ({ register, operation, variables, status, ids, source, ...(note ? { note } : {}), ...(error ? { error } : {}) })) };
}

export function register(program: Command, io: Io): void {
  addMappingOptions(program
    .command('convert')
    .description('estafette → register: validate each heen message, answer with its retour and send the register mutations its mapping stands for')
    .argument('<inputs...>', 'files, folders (all *.xml below them, in name order) or - for standard input')
    .option('--register <url>', 'base URL of a server with the three registers at their standard paths')
    .option('--embedded', 'start the reference register on a thread of its own, on a temporary SQLite file, and convert into it')
    .option('--dry-run', 'plan the mutations only: nothing is sent, no state is kept')
    .option('--out <file>', 'also write every mutation as one JSON line ({file, register, operation, variables, status, ids})')
    .option('--retour-dir <dir>', 'write the retour of each input to <dir>/<input name>.retour.xml')
    .option('--format <format>', 'text, json or ndjson', 'text')
    .option('--concurrency <n>', 'messages sent at once (one client\'s messages stay in input order)', '4')
    .option('--threads <n>', `worker threads that validate, answer and plan (1: on the main thread; default the cores available, ${os.availableParallelism()} here)`)
    .option('--state <file>', 'SQLite file of the identifier map and processed messages (default bridge-state.sqlite; with --embedded a temporary one)')
    .option('--party <TYPE:id>', 'X-Party of every write when the mapping names no party (embedded / development registers)')
    .option('--agb-list <file>', 'valid iWlz-AGB codes for TR042/TR064/TR100')
    .option('--keep', 'with --embedded: keep the temporary register and state files and print where they are')
    .option('--xsd-dir <dir>', 'folder of installed schema packs'))
    .action(async (inputs: string[], opts: Opts) => {
      const format = parseFormat(opts.format);
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`--concurrency must be a whole number from 1 to 256, not ${opts.concurrency}`);
      const threads = opts.threads === undefined ? os.availableParallelism() : Number(opts.threads);
      if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new UsageError(`--threads must be a whole number from 1 to 256, not ${opts.threads}`);
      const modes = [opts.register ? '--register' : '', opts.embedded ? '--embedded' : '', opts.dryRun ? '--dry-run' : ''].filter(Boolean);
      if (modes.length !== 1) throw new UsageError(`convert needs exactly one of --register URL, --embedded, --dry-run${modes.length ? ` (got ${modes.join(' and ')})` : ''}`);
      if (opts.register && !/^https?:\/\//.test(opts.register)) throw new UsageError(`--register must be an http(s) URL, not ${opts.register}`);
      const { set, defaults } = loadMappingOptions(opts, io);
      const config = loadConfig({ xsdDir: opts.xsdDir });
      const { files, missing } = expandInputs(inputs);
      if (missing.length) throw new UsageError(`not found: ${missing.join(', ')}`);
      const lists = opts.agbList ? { agb: loadAgbList(opts.agbList) } : {};
      const retours = opts.retourDir ? new RetourWriter(opts.retourDir) : undefined;

      const closers: (() => Promise<void> | void)[] = [];
      const core = new MessageCore({ xsdDir: config.xsdDir, limits: config.limits, maxIssues: config.maxIssues });
      closers.push(() => core.dispose());
      let target: ConvertTarget | undefined;
      let embedded: RegisterThread | undefined;
      let tmp: string | undefined;
      try {
        if (!opts.dryRun) {
          let base = opts.register;
          let stateFile = opts.state ?? 'bridge-state.sqlite';
          if (opts.embedded) {
            tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-bridge-'));
            embedded = await RegisterThread.start({ port: 0, db: path.join(tmp, 'register.sqlite'), schemaDir: schemaDirOf(config.xsdDir), xsdDir: config.xsdDir });
            const reg = embedded;
            closers.push(() => reg.close());
            base = embedded.url;
            stateFile = opts.state ?? path.join(tmp, 'state.sqlite');
            io.err(`embedded reference register at ${embedded.url} on ${path.join(tmp, 'register.sqlite')}`);
          }
          const opened = openRegisterClient({ base: base!, ...(opts.party ? { party: opts.party } : {}) });
          if (!opened.ok) throw new UsageError(`register client: ${opened.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
          const client: RegisterClient = opened.client;
          closers.push(() => client.close());
          const idmap = IdMap.open(stateFile);
          closers.push(() => idmap.close());
          target = { client, idmap };
        }
        // More than one thread: validation, retour and plan on worker threads, sending here.
        const workers = Math.min(threads, files.length);
        const preparer = workers > 1
          ? await PreparePool.start(workers, { core: { xsdDir: config.xsdDir, limits: config.limits, maxIssues: config.maxIssues }, mappings: set, defaults, lists })
          : undefined;
        if (preparer) closers.push(() => preparer.close());
        const out = opts.out ? fs.openSync(opts.out, 'w') : undefined;
        if (out !== undefined) closers.push(() => fs.closeSync(out));
        const progress = new Progress(files.length, process.stderr, 2);
        const counts = { converted: 0, rejected: 0, failed: 0 };
        const all: object[] = [];
        const reads = (async function* () {
          for (const file of files) {
            const x = await readOrResult(file, config);
            if ('bytes' in x) yield { file, bytes: x.bytes };
            else yield { file, failed: { file, valid: false, status: 'rejected' as const, issues: x.issues, mutations: [], records: [], retour: null, reason: 'the input could not be read' } };
          }
        })();
        await convertBatch(reads, {
          core, mappings: set, defaults, lists, concurrency,
          ...(preparer ? { preparer } : {}),
          ...(target ? { target } : {}),
          ...(retours ? { writeRetour: (file: string, xml: string) => { const f = retours.target(file); fs.writeFileSync(f, xml); return f; } } : {}),
        }, (r, done) => {
          counts[r.status]++;
          if (out !== undefined) for (const m of r.mutations) fs.writeSync(out, `${JSON.stringify({ file: r.file, register: m.register, operation: m.operation, variables: m.variables, status: m.status, ids: m.ids })}\n`);
          progress.tick(done);
          if (format === 'text') io.out(convertText(r));
          else if (format === 'ndjson') io.out(JSON.stringify(convertJson(r)));
          else all.push(convertJson(r));
        });
        if (format === 'json') io.out(JSON.stringify(all, null, 2));
        io.err(`${counts.converted} converted, ${counts.rejected} rejected, ${counts.failed} failed${opts.dryRun ? ' (dry run: nothing sent)' : ''}`);
        if (embedded && tmp) {
          io.err(`register now holds: ${registerCounts(await embedded.counts())}`);
          if (opts.keep) io.err(`kept: ${tmp} (register.sqlite, state.sqlite)`);
        }
        io.exit(counts.rejected || counts.failed ? EXIT.INVALID : EXIT.OK);
      } finally {
        for (const c of closers.reverse()) await c();
        if (tmp && !opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
}

/** `br_Bemiddelingspecificatie 4, lr_Leveringperiode 2, …`: rows per register table. */
function registerCounts(counts: { table: string; rows: number }[]): string {
  return counts.length ? counts.map((c) => `${c.table.replace('_', ' ')} ${c.rows}`).join(', ') : 'nothing';
}
