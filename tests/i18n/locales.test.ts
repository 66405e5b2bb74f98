import { describe, expect, it } from 'vitest';
import { RESOURCES, createTranslator, localeFromEnvironment } from '../../src/i18n/i18n.js';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
}

describe('locales', () => {
  for (const namespace of Object.keys(RESOURCES.en) as Array<keyof typeof RESOURCES.en>) {
    it(`zh-CN has exactly the English keys and placeholders in "${namespace}"`, () => {
      const english = RESOURCES.en[namespace];
      const chinese = RESOURCES['zh-CN'][namespace];
      expect(keys(chinese).sort()).toEqual(keys(english).sort());
      const lookup = (messages: object, key: string) =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
      for (const key of keys(english)) {
        expect(placeholders(lookup(chinese, key)), key).toEqual(placeholders(lookup(english, key)));
      }
    });
  }

  it('translates with interpolation in both locales', () => {
    expect(createTranslator('en')('common:errors.unknownOption', { option: '--x' })).toBe('unknown option --x');
    expect(createTranslator('zh-CN')('common:errors.unknownOption', { option: '--x' })).toBe('未知选项 --x');
  });

  it('picks the locale from LANG', () => {
    expect(localeFromEnvironment('zh_CN.UTF-8')).toBe('zh-CN');
    expect(localeFromEnvironment('zh-Hans')).toBe('zh-CN');
    expect(localeFromEnvironment('en_US.UTF-8')).toBe('en');
    expect(localeFromEnvironment('zu_ZA')).toBe('en');
    expect(localeFromEnvironment(undefined)).toBe('en');
  });
});
