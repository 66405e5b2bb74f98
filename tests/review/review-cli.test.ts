import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { sampleCopy } from './review-server.js';

/** Bad input stops `tmkit review` before it serves anything: one line, exit 2. */
describe('tmkit review on bad input', () => {
  it('refuses a missing file, a file that is no memory, a bad termbase and a bad port', () => {
    const { folder, memory } = sampleCopy();
    for (const args of [[`${folder}/missing.xlf`], ['README.md'], [memory, '--terms', `${folder}/missing.tbx`], [memory, '--port', '70000'], [memory, 'extra']]) {
      const result = runCli(['review', ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('says so when the port is taken', async () => {
    const { memory } = sampleCopy();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const result = runCli(['review', memory, '--port', String(port)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`tmkit: cannot listen on 127.0.0.1:${port} (EADDRINUSE)\n`);
    } finally {
      taken.close();
    }
  });
});
