import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { installFromPath } from '../schema/pack-install.js';
import { installRelease } from '../schema/pack-download.js';
import { listPacks } from '../schema/pack-store.js';
import { EXIT, type Io } from './io.js';
import { parseFormat } from './format.js';

export function register(program: Command, io: Io): void {
  const xsd = program.command('xsd').description('schema release packs: install and list');
  xsd
    .command('install')
    .description('install a schema release pack from a folder or zip, or download an official release')
    .argument('[source]', 'folder or zip holding Basisschema.xsd and the message schemas')
    .option('--release <release>', 'download the official release archive of this release (e.g. 2.2)')
    .option('--url <url>', 'with --release: download from this address instead of the official one')
    .option('--xsd-dir <dir>', 'folder of installed schema packs')
    .action(async (source: string | undefined, opts: { release?: string; url?: string; xsdDir?: string }) => {
      const config = loadConfig({ xsdDir: opts.xsdDir });
      if (!source === !opts.release) {
        io.err('iwlz-bridge xsd install: give either a folder/zip or --release <release>');
        io.exit(EXIT.USAGE);
        return;
      }
      const r = source ? installFromPath(source, config.xsdDir) : await installRelease({ release: opts.release!, url: opts.url }, config.xsdDir);
      io.out(`installed iWlz ${r.release} in ${r.dir}: ${r.messages.length} message schemas (${r.messages.join(', ')})`);
      for (const [alias, original] of Object.entries(r.aliases)) io.out(`  alias ${alias} → ${original} (schemaLocation differs in case)`);
    });
  xsd
    .command('list')
    .description('show installed packs with each message schema\'s namespace and BerichtXsdVersie/Min/Max')
    .option('--format <format>', 'text or json', 'text')
    .option('--xsd-dir <dir>', 'folder of installed schema packs')
    .action((opts: { format: string; xsdDir?: string }) => {
      const config = loadConfig({ xsdDir: opts.xsdDir });
      const format = parseFormat(opts.format);
      const packs = listPacks(config.xsdDir);
      if (format !== 'text') {
        io.out(JSON.stringify(packs.map((p) => ({ release: p.manifest.release, dir: p.dir, installedAt: p.manifest.installedAt, source: p.manifest.source, messages: p.model.messages })), null, format === 'json' ? 2 : 0));
        return;
      }
      if (packs.length === 0) {
        io.out(`no packs installed in ${config.xsdDir}; run: iwlz-bridge xsd install ../shared/iwlz/xsd/iwlz-2.2`);
        return;
      }
      for (const p of packs) {
        io.out(`iWlz ${p.manifest.release}  ${p.dir}  (installed ${p.manifest.installedAt} from ${p.manifest.source})`);
        io.out(`  ${'kind'.padEnd(6)} ${'BerichtXsdVersie'.padEnd(17)} ${'Min'.padEnd(6)} ${'Max'.padEnd(6)} namespace`);
        for (const m of Object.values(p.model.messages).sort((a, b) => a.kind.localeCompare(b.kind))) {
          io.out(`  ${m.kind.padEnd(6)} ${(m.berichtXsdVersie ?? '-').padEnd(17)} ${(m.berichtXsdMinVersie ?? '-').padEnd(6)} ${(m.berichtXsdMaxVersie ?? '-').padEnd(6)} ${m.namespace}`);
        }
      }
    });
}
