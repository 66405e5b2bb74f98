import { describe, expect, it } from 'vitest';
import { romanizationKey, sameRendering, variantKey } from '../../src/terms/variants.js';

describe('variantKey', () => {
  it('ignores case, hyphens, spaces, apostrophe styles and diacritics', () => {
    expect(variantKey('Kim Jong-un')).toBe(variantKey('KIM JONG UN'));
    expect(variantKey("Workers' Party")).toBe(variantKey('Workers’ Party'));
    expect(variantKey('Kim Jong Ŭn')).toBe(variantKey('Kim Jong Un'));
    expect(variantKey('DPRK')).not.toBe(variantKey('North Korea'));
  });
});

describe('romanizationKey', () => {
  it('brings Wade–Giles and pinyin spellings of a name together', () => {
    expect(romanizationKey('Mao Tse-tung')).toBe(romanizationKey('Mao Zedong'));
    expect(romanizationKey('Teng Hsiao-ping')).toBe(romanizationKey('Deng Xiaoping'));
    expect(romanizationKey('Chou En-lai')).toBe(romanizationKey('Zhou Enlai'));
    expect(romanizationKey("Teng Hsiao-p'ing")).toBe(romanizationKey('Deng Xiaoping'));
    expect(romanizationKey('Kim Jong Un')).not.toBe(romanizationKey('Choe Son Hui'));
  });
});

describe('sameRendering', () => {
  it('treats short forms and spelling variants as the same rendering', () => {
    expect(sameRendering('Xi', 'Xi Jinping')).toBe(true);
    expect(sameRendering("Kim's", 'Kim Jong Un')).toBe(true);
    expect(sameRendering('Choe Son-hui', 'Choe Son Hui')).toBe(true);
  });

  it('keeps different renderings apart', () => {
    expect(sameRendering('North Korea', 'DPRK')).toBe(false);
    expect(sameRendering('Premier', 'Foreign Minister')).toBe(false);
  });
});
