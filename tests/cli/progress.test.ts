import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { ProgressBar } from '../../src/cli/progress.js';

function io(stderrIsTTY: boolean, stderr: string[]): CliIo {
  return { stdout: () => undefined, stderr: (text) => void stderr.push(text), readStdin: async () => Buffer.alloc(0), env: {}, cwd: '.', stdoutIsTTY: false, stderrIsTTY };
}

describe('ProgressBar', () => {
  it('redraws one line in place on a terminal, with lines printed above it', () => {
    const stderr: string[] = [];
    const bar = new ProgressBar(io(true, stderr), 4, 'pairs');
    bar.update(1);
    bar.line('tmkit: a.txt: no such file or directory\n', 2);
    bar.clear();
    expect(stderr.join('')).toBe(
      '\r\u001B[K[########......................] 1/4 pairs' +
        '\r\u001B[Ktmkit: a.txt: no such file or directory\n' +
        '\r\u001B[K[###############...............] 2/4 pairs' +
        '\r\u001B[K',
    );
  });

  it('draws nothing when standard error is not a terminal, and prints lines as they are', () => {
    const stderr: string[] = [];
    const bar = new ProgressBar(io(false, stderr), 4, 'pairs');
    bar.update(1);
    bar.line('tmkit: a.txt: no such file or directory\n', 2);
    bar.clear();
    expect(stderr).toEqual(['tmkit: a.txt: no such file or directory\n']);
  });
});
