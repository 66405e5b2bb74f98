import type { CliIo } from './command.js';

/** The real process: stdout, stderr, stdin and environment. */
export function nodeIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`tmkit segment … | head`) is not an error of ours.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      if (process.stdin.isTTY) return Buffer.alloc(0);
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** The io of a worker thread, which never prints: what it finds goes back to the main thread. */
export function silentIo(cwd: string): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, readStdin: async () => Buffer.alloc(0), env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false };
}
