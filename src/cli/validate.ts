import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { validateFiles } from '../core/validate-batch.js';
import { expandInputs } from '../core/inputs.js';
import { parseFormat, resultJson, resultText } from './format.js';
import { Progress } from './progress.js';
import { EXIT, type Io, UsageError } from './io.js';

export function register(program: Command, io: Io): void {
  program
    .command('validate')
    .description('validate iWlz messages: XSD of their kind and release (business rules arrive with a later release)')
    .argument('<inputs...>', 'files, folders (all *.xml below them) or - for standard input')
    .option('--engine <engine>', 'XSD engine: wasm (in-process libxml2) or java (Xerces reference)', 'wasm')
    .option('--xsd-only', 'skip business rules (until they are implemented, validation is XSD-only anyway)')
    .option('--format <format>', 'text, json or ndjson', 'text')
    .option('--xsd-dir <dir>', 'folder of installed schema packs')
    .option('--max-bytes <n>', 'largest message accepted')
    .option('--threads <n>', 'validate on n worker threads (wasm engine)', '1')
    .action(async (inputs: string[], opts: { engine: string; format: string; xsdDir?: string; maxBytes?: string; threads: string }) => {
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
      const progress = new Progress(files.length);
      const all: object[] = [];
      let invalid = 0;
      await validateFiles(files, config, (r, done) => {
        if (!r.valid) invalid++;
        if (format === 'text') io.out(resultText(r));
        else if (format === 'ndjson') io.out(JSON.stringify(resultJson(r)));
        else all.push(resultJson(r));
        progress.tick(done);
      }, threads);
      if (format === 'json') io.out(JSON.stringify(all, null, 2));
      if (format === 'text') io.err(`${files.length - invalid} valid, ${invalid} invalid`);
      io.exit(invalid ? EXIT.INVALID : EXIT.OK);
    });
}
