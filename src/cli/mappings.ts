import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { projectRoot } from '../config/root.js';
import { schemaDirOf } from '../reference-register/schema-files.js';
import { requirePacks } from '../schema/pack-store.js';
import { formatProblem, lintMappings, loadContract } from '../forward/lint.js';
import { EXIT, type Io, UsageError } from './io.js';

/** `iwlz-bridge mappings lint`: the mapping files against their schema, the message model and the register contract. */
export function register(program: Command, io: Io): void {
  const mappings = program.command('mappings').description('the declarative forward mappings (estafette message → register mutations)');
  mappings
    .command('lint')
    .description('check every mapping file: its schema, every source path against the message model, every target against the register contract, every element mapped or ignored')
    .option('--dir <dir>', 'folder of mapping files', path.join(projectRoot(), 'mappings'))
    .option('--xsd-dir <dir>', 'folder of installed schema packs')
    .option('--schema-dir <dir>', 'folder of installed register SDLs (default <xsd-dir>/graphql)')
    .option('--format <format>', 'text or json', 'text')
    .action((opts: { dir: string; xsdDir?: string; schemaDir?: string; format: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format must be text or json, not ${opts.format}`);
      if (!fs.existsSync(opts.dir) || !fs.statSync(opts.dir).isDirectory()) throw new UsageError(`${opts.dir} is not a folder`);
      if (!fs.existsSync(path.join(opts.dir, 'mapping.schema.json'))) throw new UsageError(`${opts.dir} has no mapping.schema.json`);
      const config = loadConfig({ xsdDir: opts.xsdDir });
      const model = requirePacks(config.xsdDir).at(-1)!.model;
      const contract = loadContract(opts.schemaDir ?? schemaDirOf(config.xsdDir));
      const display = path.relative(process.cwd(), path.resolve(opts.dir)) || '.';
      const problems = lintMappings(opts.dir, { model, contract, display });
      if (opts.format === 'json') io.out(JSON.stringify(problems, null, 2));
      else for (const p of problems) io.out(formatProblem(p));
      io.err(problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}` : `mappings in ${display}: ok`);
      io.exit(problems.length ? EXIT.INVALID : EXIT.OK);
    });
}
