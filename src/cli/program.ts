import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.js';
import { BridgeError } from '../errors.js';
import { EXIT, type Io, processIo, UsageError } from './io.js';
import { register as registerConvert } from './convert.js';
import { register as registerExplain } from './explain.js';
import { register as registerMappings } from './mappings.js';
import { register as registerRetour } from './retour.js';
import { register as registerValidate } from './validate.js';
import { register as registerXsd } from './xsd.js';
import { register as registerRegister } from '../reference-register/cli.js';

/** Builds the iwlz-bridge program: one register(program) line per command. */
export function buildProgram(io: Io = processIo): Command {
  const program = new Command('iwlz-bridge')
    .description('Bridge between iWlz estafette XML messages and the netwerkmodel registers')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerXsd(program, io);
  registerValidate(program, io);
  registerRetour(program, io);
  registerRegister(program, io);
  registerMappings(program, io);
  registerExplain(program, io);
  registerConvert(program, io);
  return program;
}

/** Runs the program; set-up and usage errors exit 2 with one clear line, bugs show their stack. */
export async function run(argv: string[], io: Io = processIo): Promise<void> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      io.exit(e.exitCode === 0 ? EXIT.OK : EXIT.USAGE);
      return;
    }
    if (e instanceof BridgeError || e instanceof ConfigError || e instanceof UsageError) {
      io.err(`iwlz-bridge: ${e instanceof BridgeError ? `${e.code}: ` : ''}${e.message}`);
      io.exit(EXIT.USAGE);
      return;
    }
    throw e;
  }
}
