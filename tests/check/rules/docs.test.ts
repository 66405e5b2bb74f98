import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/check/rules/index.js';
import { ROOT } from '../../cli/run-cli.js';

const DOCS = path.join(ROOT, 'docs/rules');
const TERMBASE_LINE: Record<string, string> = { required: 'termbase', optional: 'works with and without a termbase', unused: 'no termbase needed' };

describe('rule pages', () => {
  it('exist for the registered rules only', () => {
    const pages = readdirSync(DOCS).filter((file) => file.endsWith('.md')).map((file) => file.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s: the page states the id, severity and termbase need of its meta, and no fix', (id, rule) => {
    const page = readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    const [title, , header] = page.split('\n');
    expect(title).toBe(`# ${rule.meta.id}`);
    const stated = /^\*\*Default severity:\*\* (\w+) · \*\*Termbase:\*\* (.+)$/.exec(header);
    expect(stated, `${id}: the line under the title`).not.toBeNull();
    expect(stated![1]).toBe(rule.meta.defaultSeverity);
    expect(rule.meta.needsTermbase ? [TERMBASE_LINE.required] : [TERMBASE_LINE.optional, TERMBASE_LINE.unused]).toContain(stated![2]);
    // No rule rewrites a file: a page must not promise a fix.
    expect(page).not.toMatch(/\bfixable\b|--fix\b|auto-?fix/i);
  });
});
