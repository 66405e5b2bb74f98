import { describe, expect, it } from 'vitest';
import { extractNumbers, parseChineseNumeral, sameNumber } from '../../src/lang/numbers.js';

const values = (text: string, lang: 'zh' | 'en') => extractNumbers(text, lang).map((mention) => [mention.text, mention.value, mention.kind]);

describe('numbers', () => {
  it('reads Chinese numerals', () => {
    expect(parseChineseNumeral('三千五百')).toBe(3500);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('一九四五')).toBe(1945);
    expect(parseChineseNumeral('两万')).toBe(20000);
  });

  it('finds Chinese numbers, scaled amounts, percentages, dates and years', () => {
    expect(values('他们用了３．５万元，增长百分之五，时隔六年。', 'zh')).toEqual([
      ['３．５万', 35000, 'number'],
      ['百分之五', 5, 'percent'],
      ['六年', 6, 'number'],
    ]);
    expect(values('2023年10月8日开幕，持续20多天。', 'zh')).toEqual([
      ['2023年10月8日', 20231008, 'date'],
      ['20多', 20, 'number'],
    ]);
  });

  it('does not take words made with numerals for numbers', () => {
    expect(values('双方一致同意统一行动，一起努力，唯一目标。', 'zh')).toEqual([]);
    expect(values('百姓四处奔走，千方百计。', 'zh')).toEqual([]);
    expect(values('数十名代表和几百名记者，上千人，数十万元。', 'zh')).toEqual([]);
    expect(values('百年之后，三千人四周后到达。', 'zh').map(([, value]) => value)).toEqual([100, 3000, 4]);
  });

  it('reads fractions on both sides and English number words together', () => {
    expect(values('三分之一的代表，千分之五，百分之五。', 'zh').map(([text, value]) => [text, value])).toEqual([
      ['三分之一', 1 / 3],
      ['千分之五', 0.005],
      ['百分之五', 5],
    ]);
    expect(values('Two-thirds of three hundred delegates, a quarter of more than twenty thousand, two hundred and five.', 'en').map(([text, value]) => [text, value])).toEqual([
      ['Two-thirds', 2 / 3],
      ['three hundred', 300],
      ['a quarter', 0.25],
      ['twenty thousand', 20000],
      ['two hundred and five', 205],
    ]);
  });

  it('finds English numbers, number words, ordinals, percentages and dates', () => {
    expect(values('Some 3,500 people, twenty-one of them children, marked the 60th anniversary; 4.5 percent more than in March 2022.', 'en')).toEqual([
      ['3,500', 3500, 'number'],
      ['twenty-one', 21, 'number'],
      ['60th', 60, 'ordinal'],
      ['4.5 percent', 4.5, 'percent'],
      ['March 2022', 20220300, 'date'],
    ]);
    expect(values('It opened on Oct 8, 2023, and 8 October is a holiday. You may go.', 'en')).toEqual([
      ['Oct 8, 2023', 20231008, 'date'],
      ['8 October', 1008, 'date'],
    ]);
  });

  it('reads number words only as whole words', () => {
    expect(values('Someone often tones down the tenth-floor plan; tens of Oftens.', 'en')).toEqual([]);
    expect(values('A twenty-one-year-old came third, and Thirty-five stayed.', 'en')).toEqual([
      ['twenty-one', 21, 'number'],
      ['third', 3, 'ordinal'],
      ['Thirty-five', 35, 'number'],
    ]);
  });

  it('matches a Chinese date with an English one when the parts both give agree', () => {
    const [zh] = extractNumbers('10月8日', 'zh');
    const [en] = extractNumbers('October 8', 'en');
    const [other] = extractNumbers('Oct 9', 'en');
    expect(sameNumber(zh, en)).toBe(true);
    expect(sameNumber(zh, other)).toBe(false);
  });
});
