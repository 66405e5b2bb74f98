import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/check/rules/index.js';
import { RESOURCES } from '../../../src/i18n/i18n.js';
import { ROOT } from '../../cli/run-cli.js';

describe('rule registry', () => {
  it('registers every rule file, once', () => {
    const files = readdirSync(path.join(ROOT, 'src/check/rules')).filter((file) => file !== 'index.ts').map((file) => file.replace(/\.ts$/, ''));
    expect(RULES.map((rule) => rule.meta.id).sort()).toEqual(files.sort());
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has a docs page, a test and messages in both locales', (id, rule) => {
    expect(existsSync(path.join(ROOT, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    expect(existsSync(path.join(ROOT, 'tests/check/rules', `${id}.test.ts`)), `tests/check/rules/${id}.test.ts`).toBe(true);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    for (const locale of ['en', 'zh-CN'] as const) {
      const messages = (RESOURCES[locale].rules as Record<string, Record<string, string>>)[id];
      for (const messageId of rule.meta.messageIds) expect(messages?.[messageId], `${locale} ${id}.${messageId}`).toBeTypeOf('string');
    }
  });
});
