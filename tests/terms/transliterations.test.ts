import { describe, expect, it } from 'vitest';
import { dictionaryFrom } from '../../src/terms/dictionary.js';
import { transliteratedNames } from '../../src/terms/transliterations.js';

const dictionary = dictionaryFrom([
  ['普通', ['ordinary']],
  ['阿拉伯', ['Arabia', 'Arabic']],
  ['表示', ['to express']],
  ['国务卿', ['secretary of state']],
]);

describe('transliteratedNames', () => {
  it('finds foreign names written by sound, also on both sides of a middle dot', () => {
    expect(transliteratedNames('国务卿蓬佩奥表示，泽连斯基和科尔宾都来了。', dictionary)).toEqual(['蓬佩奥', '泽连斯基', '科尔宾']);
    expect(transliteratedNames('迈克·蓬佩奥说。', dictionary)).toEqual(['蓬佩奥']);
  });

  it('leaves out ordinary words, dictionary entries and runs too short to tell', () => {
    expect(transliteratedNames('普通的阿拉伯人，安德说。', dictionary)).toEqual([]);
  });
});
