/** The mapping options `convert` and `explain` share: the mapping folder and default overrides. */
import path from 'node:path';
import type { Command } from 'commander';
import { projectRoot } from '../config/root.js';
import { formatProblem } from '../forward/lint.js';
import { collectOverrides, type DefaultOverrides, loadMappings, type MappingSet } from '../forward/mapping.js';
import { type Io, UsageError } from './io.js';

export interface MappingOptions {
  dir: string;
  default: string[];
  defaults?: string;
}

export function addMappingOptions(cmd: Command): Command {
  return cmd
    .option('--dir <dir>', 'folder of mapping files', path.join(projectRoot(), 'mappings'))
    .option('--default <name=value>', 'override a mapping default (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--defaults <file>', 'YAML/JSON file of default overrides');
}

/** The mappings and the default overrides, or a usage error naming what is wrong (each mapping problem on stderr). */
export function loadMappingOptions(opts: MappingOptions, io: Io): { set: MappingSet; defaults: DefaultOverrides } {
  let defaults: DefaultOverrides;
  try {
    defaults = collectOverrides(opts.defaults, opts.default);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { set, problems } = loadMappings(opts.dir, { display: path.relative(process.cwd(), path.resolve(opts.dir)) || '.' });
  if (problems.length) {
    for (const p of problems) io.err(formatProblem(p));
    throw new UsageError(`the mappings in ${opts.dir} have problems: run iwlz-bridge mappings lint`);
  }
  return { set, defaults };
}
