import { describe, expect, it } from 'vitest';
import { isShortForm, romanizationKey, sameRendering, soundKey, soundsAlike, variantKey } from '../../src/terms/variants.js';

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

describe('soundsAlike', () => {
  it('meets the old postal, Wade–Giles and Cantonese spellings of a name', () => {
    expect(soundKey('Peking')).toBe(soundKey('Beijing'));
    for (const [old, pinyin] of [['Chungking', 'Chongqing'], ['Tientsin', 'Tianjin'], ['Wong Ming-yuen', 'Wang Mingyuan'], ['Lee Hsiu-ying', 'Li Xiuying'], ['Taipeh', 'Taipei']]) {
      expect(soundsAlike(old, pinyin), old).toBe(true);
    }
  });

  it('keeps different names apart, and short skeletons out', () => {
    for (const [a, b] of [['Canton', 'Guangzhou'], ['Pyongyang', 'Beijing'], ['Washington', 'Beijing'], ['Tokyo', 'Taipei'], ['Xi', 'Shi']]) {
      expect(soundsAlike(a, b), a).toBe(false);
    }
  });
});

describe('isShortForm', () => {
  it('is some but not all of the words', () => {
    expect(isShortForm('Wang', 'Wang Mingyuan')).toBe(true);
    expect(isShortForm('Wang Mingyuan', 'Wang Mingyuan')).toBe(false);
    expect(isShortForm('Wong', 'Wang Mingyuan')).toBe(false);
  });
});
