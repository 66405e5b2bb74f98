/** Starting the built `tmkit review` as a user would, and the Debian chromium that drives its page. */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { type Browser, chromium } from 'playwright-core';
import type { TestContext } from 'vitest';
import { BIN, ROOT } from '../cli/run-cli.js';

export const CHROMIUM = process.env.TMKIT_CHROMIUM ?? '/usr/bin/chromium';

/** `.ci/run` sets TMKIT_REQUIRE_TOOLS=1: there a missing browser fails the test; elsewhere the test is skipped, saying why. */
export function needChromium(context: TestContext): void {
  if (existsSync(CHROMIUM)) return;
  const reason = `${CHROMIUM} not found: install the Debian package chromium`;
  if (process.env.TMKIT_REQUIRE_TOOLS === '1') throw new Error(`${reason} (TMKIT_REQUIRE_TOOLS=1 makes this test mandatory)`);
  console.warn(`skipped: ${reason}`);
  context.skip(reason);
}

export function launchChromium(): Promise<Browser> {
  // Tests run as root in CI containers, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export interface Review {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** A copy of the sample memory and termbase in a folder of their own. */
export function sampleCopy(): { folder: string; memory: string; terms: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'tmkit-review-'));
  const memory = path.join(folder, 'talks.xlf');
  const terms = path.join(folder, 'terms.tbx');
  copyFileSync(path.join(ROOT, 'memory/xi-kim-talks.xlf'), memory);
  copyFileSync(path.join(ROOT, 'memory/terms.tbx'), terms);
  return { folder, memory, terms };
}

/** Runs `tmkit review ARGS` and waits for the first line of its output, the page's address. */
export async function startReview(args: string[], locale = 'en_US.UTF-8'): Promise<Review> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'review', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LANG: locale, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`tmkit review exited with ${code}: ${stderr}`)));
  });
  const url = new URL(firstLine);
  return {
    url: firstLine,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
