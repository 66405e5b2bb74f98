import { describe, expect, it } from 'vitest';
import { dictionaryFrom, dictionaryWords } from '../../src/terms/dictionary.js';

const dictionary = dictionaryFrom([
  ['广州', ['see 廣州市|广州市[Guang3 zhou1 Shi4]']],
  ['广州市', ['Guangzhou, capital of Guangdong Province']],
  ['孙中山', ['Dr Sun Yat-sen (1866-1925)', 'same as 孫逸仙|孙逸仙']],
  ['孙逸仙', ['Sun Yat-sen']],
  ['成都', ['see 成都市[Cheng2 du1 Shi4]']],
  ['会谈', ['talks', 'see also 会议[hui4 yi4]']],
]);

describe('dictionary', () => {
  it('gives the senses of the entry a word points to, one step deep, keeping its own', () => {
    expect(dictionary.senses('广州')).toEqual(['Guangzhou, capital of Guangdong Province']);
    expect(dictionary.senses('孙中山')).toEqual(['Dr Sun Yat-sen (1866-1925)', 'Sun Yat-sen']);
    expect(dictionary.senses('成都')).toEqual([]);
    expect(dictionary.senses('会谈')).toEqual(['talks', 'see also 会议[hui4 yi4]']);
    expect(dictionary.senses('北京')).toBeUndefined();
  });

  it('cuts text into its longest dictionary words', () => {
    expect(dictionaryWords(dictionary, '孙中山在广州市会谈').map(({ word, start }) => [word, start])).toEqual([
      ['孙中山', 0],
      ['广州市', 4],
      ['会谈', 7],
    ]);
  });
});
