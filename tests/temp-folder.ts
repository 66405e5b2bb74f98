/**
 * Every test file gets a temporary folder of its own as the system's temporary directory, and it
 * is removed when the file's tests are done: folders the tests make (`tmkit-*`) do not pile up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const parent = tmpdir();
const folder = mkdtempSync(path.join(parent, 'tmkit-test-'));
for (const variable of ['TMPDIR', 'TMP', 'TEMP']) process.env[variable] = folder;

afterAll(() => {
  for (const variable of ['TMPDIR', 'TMP', 'TEMP']) process.env[variable] = parent;
  rmSync(folder, { recursive: true, force: true });
});
