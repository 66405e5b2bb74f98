import { describe, expect, it } from 'vitest';
import { languageTagsMatch, primaryLanguage, sameLanguage, sameLanguageTag } from '../../src/lang/language-tag.js';

describe('language tags', () => {
  it('compares languages whatever the case, separator, script or region', () => {
    expect(primaryLanguage('ZH_hans_CN')).toBe('zh');
    expect(sameLanguage('zh-CN', 'ZH')).toBe(true);
    expect(sameLanguage('en_GB', 'en-US')).toBe(true);
    expect(sameLanguage('zh', 'en')).toBe(false);
  });

  it('compares whole tags case-insensitively', () => {
    expect(sameLanguageTag('zh-cn', 'zh-CN')).toBe(true);
    expect(sameLanguageTag('zh', 'zh-CN')).toBe(false);
  });

  it('matches a bare language to its varieties, not one variety to another', () => {
    expect(languageTagsMatch('zh', 'zh-CN')).toBe(true);
    expect(languageTagsMatch('ZH-cn', 'zh')).toBe(true);
    expect(languageTagsMatch('zh-CN', 'zh-TW')).toBe(false);
  });

  it('compares a tag Intl.Locale rejects as written', () => {
    expect(sameLanguageTag('*all*', '*ALL*')).toBe(true);
    expect(sameLanguage('*all*', 'zh')).toBe(false);
  });
});
