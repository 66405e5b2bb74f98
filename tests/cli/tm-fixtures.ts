import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './run-cli.js';

/** A fresh folder holding copies of the memory and document fixtures, so index files land there. */
export function tmWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-tm-'));
  for (const name of ['memory.tmx', 'document.xlf']) copyFileSync(path.join(ROOT, 'tests/fixtures/tm', name), path.join(dir, name));
  return dir;
}
