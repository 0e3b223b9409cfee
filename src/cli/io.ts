/** Where a command writes, injectable for tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  exit(code: number): void;
}

export const EXIT = { OK: 0, INVALID: 1, USAGE: 2 } as const;

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  exit: (code) => {
    process.exitCode = code;
  },
};

/** A wrong command line: reported in one line, exit 2. */
export class UsageError extends Error {}
