import { SingleBar } from 'cli-progress';

/**
 * A progress bar on stderr (cli-progress), only when stderr is a terminal and the batch is large
 * enough to wait for; silent otherwise, so piped and machine output stays clean. One for every
 * batch command (validate, convert).
 */
export class Progress {
  private readonly bar: SingleBar | undefined;

  constructor(
    private readonly total: number,
    out: NodeJS.WriteStream = process.stderr,
    minimum = 50,
  ) {
    if (!out.isTTY || total < minimum) return;
    this.bar = new SingleBar({ format: '[{bar}] {value}/{total} messages', stream: out, clearOnComplete: true, fps: 10 });
    this.bar.start(total, 0);
  }

  tick(done: number): void {
    if (!this.bar) return;
    this.bar.update(done);
    if (done >= this.total) this.bar.stop();
  }
}
