import type { CliIo } from './command.js';

const WIDTH = 30;

/**
 * A progress bar redrawn in place on standard error, only when that is a terminal: a log or a
 * pipe gets no control characters. Lines printed meanwhile go above the bar.
 */
export class ProgressBar {
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly label: string,
  ) {}

  get active(): boolean {
    return this.io.stderrIsTTY && this.total > 0;
  }

  update(done: number): void {
    if (!this.active) return;
    const filled = Math.round((WIDTH * done) / this.total);
    this.io.stderr(`\r\u001B[K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${this.total} ${this.label}`);
    this.shown = true;
  }

  /** Prints a whole line on standard error without breaking the bar. */
  line(text: string, done: number): void {
    this.clear();
    this.io.stderr(text);
    this.update(done);
  }

  clear(): void {
    if (!this.shown) return;
    this.io.stderr('\r\u001B[K');
    this.shown = false;
  }
}
