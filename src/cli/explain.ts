import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { MessageCore } from '../core/message-core.js';
import { readOrResult } from '../core/validate-batch.js';
import { type FieldTrace, leaves, MESSAGE_KEY_PATHS, planMessage } from '../forward/engine.js';
import { HEEN_KINDS, type HeenKind } from '../messages/catalog.js';
import { EXIT, type Io, UsageError } from './io.js';
import { addMappingOptions, loadMappingOptions } from './mapping-options.js';

interface Element {
  path: string;
  feeds: { source: string; register: string; operation: string; as: string; field: string }[];
  ignored?: { reason: string; source: string };
  note?: string;
}

/** `iwlz-bridge explain <file>`: per XML element the mapping line and the mutation field it feeds, or why it is ignored. No values are printed. */
export function register(program: Command, io: Io): void {
  addMappingOptions(program
    .command('explain')
    .description('show, for each element of a heen message, the mapping line and the register mutation field it feeds (or why it is ignored)')
    .argument('<file>', 'the heen message, or - for standard input'))
    .option('--format <format>', 'text or json', 'text')
    .option('--xsd-dir <dir>', 'folder of installed schema packs')
    .action(async (file: string, opts: { dir: string; default: string[]; defaults?: string; format: string; xsdDir?: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format must be text or json, not ${opts.format}`);
      const { set, defaults: overrides } = loadMappingOptions(opts, io);
      const config = loadConfig({ xsdDir: opts.xsdDir });
      const input = await readOrResult(file, config);
      if (!('bytes' in input)) {
        io.err(`${file}: ${input.issues[0]!.message}`);
        io.exit(EXIT.INVALID);
        return;
      }
      const core = new MessageCore({ xsdDir: config.xsdDir, limits: config.limits, maxIssues: config.maxIssues });
      try {
        const r = core.validate(input.bytes, { file, read: true });
        if (!r.valid || !r.message || !r.kind) {
          for (const i of r.issues) io.err(`${file}${i.line ? `:${i.line}` : ''}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
          io.err(`${file}: not a valid message; nothing to explain`);
          io.exit(EXIT.INVALID);
          return;
        }
        if (!(HEEN_KINDS as readonly string[]).includes(r.kind)) {
          io.err(`${file}: ${r.kind} is a retour message; only heen messages are mapped`);
          io.exit(EXIT.INVALID);
          return;
        }
        const kind = r.kind as HeenKind;
        const traces: FieldTrace[] = [];
        const res = planMessage(set, kind, r.message, { defaults: overrides, trace: (t) => traces.push(t) });
        if (!res.plan) {
          for (const p of res.problems) io.err(`${p.source}: ${p.path}: ${p.message}`);
          io.exit(EXIT.INVALID);
          return;
        }
        const byPath = new Map<string, FieldTrace[]>();
        for (const t of traces) for (const p of t.reads) byPath.set(p, [...(byPath.get(p) ?? []), t]);
        const mapping = set.kinds.get(kind)!;
        const elements: Element[] = leaves(r.message).map(({ path: p, generic }) => {
          const e: Element = { path: p, feeds: (byPath.get(p) ?? []).map(({ source, register, operation, as, field }) => ({ source, register, operation, as, field })) };
          const g = mapping.ignore.find((x) => generic === x.path || generic.startsWith(`${x.path}/`));
          if (g) e.ignored = { reason: g.reason, source: `${g.loc.file}:${g.loc.line}` };
          if (MESSAGE_KEY_PATHS.includes(generic)) e.note = 'message key (idempotency)';
          if (mapping.noTarget) e.note = 'no register target for this kind';
          return e;
        });
        if (opts.format === 'json') {
          io.out(JSON.stringify({ file, kind, noTarget: res.plan.noTarget, mutations: res.plan.mutations.length, elements }, null, 2));
        } else {
          io.out(`${file}: ${kind}, ${res.plan.mutations.length} mutation${res.plan.mutations.length === 1 ? '' : 's'} planned${res.plan.party ? ` as ${res.plan.party.replace(/:.*/, ':…')}` : ''}`);
          if (res.plan.noTarget) io.out(`no register target (${mapping.file}): ${res.plan.noTarget}`);
          for (const e of elements) {
            const parts = e.feeds.map((f) => (f.field === 'party' ? `${f.source} → party` : f.field.startsWith('when') ? `${f.source} → condition of ${f.operation || 'the records below'}: ${f.field.slice(6, -1)}` : `${f.source} → ${f.register} ${f.operation} ${f.as} ${f.field}`));
            if (e.ignored) parts.push(`ignored (${e.ignored.source}): ${e.ignored.reason}`);
            if (e.note) parts.push(e.note);
            if (parts.length === 0) parts.push('not mapped');
            io.out(`${e.path}`);
            for (const p of parts) io.out(`    ${p}`);
          }
        }
        io.exit(EXIT.OK);
      } finally {
        core.dispose();
      }
    });
}
