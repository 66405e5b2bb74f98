import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/spelling.js';
import { found, run, termbase, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

const known = new Set(['the', 'and', 'sides', 'vow', 'to', 'consolidate', 'ties', 'following', 'talks', 'long', 'standing', 'support']);
const spell = (word: string) => known.has(word.toLowerCase());

describe('spelling', () => {
  it('reports an unknown lower-case word once a unit, with its offset', () => {
    const reports = run(rule, [unit('u1', '', 'The sides vow to consolidate ties folloing talks folloing')], { spell });
    expect(found(reports)).toEqual([['u1', 'misspelled', 'folloing', null]]);
    expect(reports[0].offset).toBe(34);
  });

  it('leaves names, acronyms, hyphenated name parts and termbase words alone', () => {
    const units = [unit('u1', '', 'Pyongyang and the DPRK support Choe Son-hui, long-standing ties'), unit('u2', '', 'the juche ties')];
    expect(run(rule, units, { spell, termbase: termbase('主体思想,juche,preferred,term,') })).toEqual([]);
  });

  it('does nothing without a word list', () => {
    expect(run(rule, [unit('u1', '', 'folloing')])).toEqual([]);
  });

  it('asks the word list of the target language of each unit', () => {
    const asked: Array<[string, string]> = [];
    const british = (word: string, language: string) => {
      asked.push([word, language]);
      return word !== 'colour' || language === 'en-GB';
    };
    const units = [unit('u1', '', 'the colour'), { ...unit('u2', '', 'the colour'), trgLang: 'en-GB' }];
    expect(found(run(rule, units, { spell: british }))).toEqual([['u1', 'misspelled', 'colour', null]]);
    expect(asked).toEqual([
      ['the', 'en'],
      ['colour', 'en'],
      ['the', 'en-GB'],
      ['colour', 'en-GB'],
    ]);
  });
});

const listed = (word: string) => ['we', 'receive', 'guests'].includes(word.toLowerCase());

testRule(rule, {
  valid: [
    { units: [['', 'We receive guests.']], spell: listed },
  ],
  invalid: [
    {
      units: [['', 'We recieve guests.']], spell: listed,
      errors: [
        { unit: 'u1', message: '"recieve" is not in the English dictionary', line: 1, column: 4, found: 'recieve' },
      ],
    },
  ],
});
