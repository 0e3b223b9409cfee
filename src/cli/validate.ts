import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { validateFiles } from '../core/validate-batch.js';
import { expandInputs } from '../core/inputs.js';
import { loadAgbList } from '../rules/lists.js';
import { RetourWriter } from './retour-writer.js';
import { parseFormat, resultJson, resultText } from './format.js';
import { Progress } from './progress.js';
import { EXIT, type Io, UsageError } from './io.js';

export function register(program: Command, io: Io): void {
  program
    .command('validate')
    .description('validate iWlz messages: XSD of their kind and release, then the business rules of the kind')
    .argument('<inputs...>', 'files, folders (all *.xml below them) or - for standard input')
    .option('--engine <engine>', 'XSD engine: wasm (in-process libxml2) or java (Xerces reference)', 'wasm')
    .option('--xsd-only', 'check the XSD only, not the business rules')
    .option('--agb-list <file>', 'valid iWlz-AGB codes (one per line or a JSON array) for TR042/TR064/TR100; without it those rules are not checked')
    .option('--retour-dir <dir>', 'write the retour message of each heen input to <dir>/<input name>.retour.xml')
    .option('--format <format>', 'text, json or ndjson', 'text')
    .option('--xsd-dir <dir>', 'folder of installed schema packs')
    .option('--max-bytes <n>', 'largest message accepted')
    .option('--threads <n>', 'validate on n worker threads (wasm engine)', '1')
    .action(async (inputs: string[], opts: { engine: string; format: string; xsdDir?: string; maxBytes?: string; threads: string; xsdOnly?: boolean; agbList?: string; retourDir?: string }) => {
      const threads = Number(opts.threads);
      if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError(`--threads must be a whole number from 1 to 64, not ${opts.threads}`);
      const format = parseFormat(opts.format);
      const config = loadConfig({ engine: opts.engine, xsdDir: opts.xsdDir, maxBytes: opts.maxBytes });
      const { files, missing } = expandInputs(inputs);
      if (missing.length) {
        io.err(`iwlz-bridge: not found: ${missing.join(', ')}`);
        io.exit(EXIT.USAGE);
        return;
      }
      const lists = opts.agbList ? { agb: loadAgbList(opts.agbList) } : {};
      const validateOpts = { ...(opts.xsdOnly ? {} : { rules: { lists } }), ...(opts.retourDir ? { retour: true } : {}) };
      const retours = opts.retourDir ? new RetourWriter(opts.retourDir) : undefined;
      const progress = new Progress(files.length);
      const notChecked = new Set<string>();
      const all: object[] = [];
      let invalid = 0;
      await validateFiles(files, config, (r, done) => {
        if (!r.valid) invalid++;
        r.notChecked?.forEach((n) => notChecked.add(n));
        retours?.write(r);
        if (format === 'text') io.out(resultText(r));
        else if (format === 'ndjson') io.out(JSON.stringify(resultJson(r)));
        else all.push(resultJson(r));
        progress.tick(done);
      }, threads, validateOpts);
      if (format === 'json') io.out(JSON.stringify(all, null, 2));
      if (format === 'text') {
        io.err(`${files.length - invalid} valid, ${invalid} invalid${opts.xsdOnly ? ' (XSD only)' : ''}`);
        for (const n of [...notChecked].sort()) io.err(`not checked: ${n}`);
      }
      io.exit(invalid ? EXIT.INVALID : EXIT.OK);
    });
}
