import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { MessageCore } from '../core/message-core.js';
import { readOrResult } from '../core/validate-batch.js';
import { loadAgbList } from '../rules/lists.js';
import { EXIT, type Io } from './io.js';
import { RetourWriter } from './retour-writer.js';

export function register(program: Command, io: Io): void {
  program
    .command('retour')
    .description('validate a heen message (XSD + business rules) and write its retour message')
    .argument('<file>', 'the heen message, or - for standard input')
    .option('-o, --out <file|dir>', 'write the retour here (an existing folder: <dir>/<input name>.retour.xml); default standard output')
    .option('--agb-list <file>', 'valid iWlz-AGB codes for TR042/TR064/TR100')
    .option('--xsd-dir <dir>', 'folder of installed schema packs')
    .action(async (file: string, opts: { out?: string; agbList?: string; xsdDir?: string }) => {
      const config = loadConfig({ xsdDir: opts.xsdDir });
      const input = await readOrResult(file, config);
      if (!('bytes' in input)) {
        io.err(`iwlz-bridge retour: ${input.issues[0]!.message}; no retour (the message cannot be identified without reading it)`);
        io.exit(EXIT.INVALID);
        return;
      }
      const core = new MessageCore({ xsdDir: config.xsdDir, limits: config.limits, maxIssues: config.maxIssues });
      try {
        const lists = opts.agbList ? { agb: loadAgbList(opts.agbList) } : {};
        const r = core.validate(input.bytes, { file, rules: { lists }, retour: true });
        if (!r.retour) {
          io.err(`iwlz-bridge retour: ${file} is not an identifiable iWlz heen message: ${r.issues[0]?.message ?? r.kind}`);
          io.exit(EXIT.INVALID);
          return;
        }
        if (!r.retour.xml) {
          io.err(`iwlz-bridge retour: ${r.retour.issues[0]!.message}`);
          io.exit(EXIT.INVALID);
          return;
        }
        if (!opts.out) io.out(r.retour.xml.trimEnd());
        else {
          const target = fs.existsSync(opts.out) && fs.statSync(opts.out).isDirectory() ? new RetourWriter(opts.out).target(file) : opts.out;
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, r.retour.xml);
          io.err(`${r.retour.kind} written to ${target}`);
        }
        io.err(`${file}: ${r.kind} ${r.valid ? 'valid' : `invalid (${r.issues.map((i) => i.retourcode).join(', ')})`}`);
        io.exit(r.valid ? EXIT.OK : EXIT.INVALID);
      } finally {
        core.dispose();
      }
    });
}
