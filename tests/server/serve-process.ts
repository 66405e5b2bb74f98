import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { BIN, ROOT } from '../cli/run-cli.js';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** What the server wrote on stderr so far. */
  stderr(): string;
  /** Ends the server: SIGTERM lets it close, SIGKILL does not. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built `tmkit serve` on a free port and waits for the URL it prints first. */
export async function startServe(db: string, ...options: string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', ...options], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`tmkit serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    child,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface ApiResponse {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

/** One API call; a string body is sent as is (a memory file), anything else as JSON. */
export async function api(base: string, method: string, path: string, token: string | undefined, body?: unknown): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let payload: string | undefined;
  if (typeof body === 'string') payload = body;
  else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(new URL(path, base), { method, headers, body: payload });
  const text = await response.text();
  return { status: response.status, body: response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : undefined, text };
}
