/** A one-line progress counter on stderr, only when stderr is a terminal and the batch is large. */
export class Progress {
  private readonly on: boolean;
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.on = Boolean(out.isTTY) && total >= 50;
  }
  tick(done: number): void {
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    this.out.write(`\r${done}/${this.total} messages`);
    if (done === this.total) this.out.write('\n');
  }
}
