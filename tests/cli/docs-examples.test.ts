import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const PAGES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

describe('the examples in README.md and docs/', () => {
  it('import only what package.json exports, names the package really exports', async () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, { import: string }> };
    const exported = await import(pathToFileURL(path.join(ROOT, manifest.exports['.'].import)).href);
    let imports = 0;
    for (const page of PAGES) {
      for (const [, names, specifier] of readFileSync(path.join(ROOT, page), 'utf8').matchAll(/import \{([^}]*)\} from '([^']+)'/g)) {
        const entry = specifier === manifest.name ? '.' : `.${specifier.slice(manifest.name.length)}`;
        expect(Object.keys(manifest.exports), `${page}: ${specifier}`).toContain(entry);
        for (const name of names.split(',').map((each) => each.trim()).filter(Boolean)) expect(exported[name], `${page}: ${name}`).toBeDefined();
        imports++;
      }
    }
    expect(imports).toBeGreaterThanOrEqual(6);
  });

  it('the README lookup example finds its match in the sample memory', () => {
    const line = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').find((each) => each.startsWith('tmkit lookup '));
    const [, tmPath, query] = /^tmkit lookup --tm (\S+) "([^"]+)"$/.exec(line ?? '') ?? [];
    expect(query).toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-readme-'));
    cpSync(path.join(ROOT, tmPath), path.join(dir, tmPath), { recursive: true });
    const result = runCli(['lookup', '--tm', tmPath, query], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('no match');
    expect(result.stdout).toMatch(/^\s+\d+%\s/m);
  });
});
