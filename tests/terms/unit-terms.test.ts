import { describe, expect, it } from 'vitest';
import { csvTermbaseFormat } from '../../src/formats/csv.js';
import { compileTermbase } from '../../src/terms/matcher.js';
import { judgeTerms } from '../../src/terms/unit-terms.js';
import { DICTIONARY } from '../check/rule-harness.js';

const termbase = csvTermbaseFormat.parse(
  [
    'zh,en,status,kind',
    '国家主席,President,preferred,title',
    '总统,President,preferred,title',
    '总统,presidential,admitted,title',
    '总理,Prime Minister,preferred,title',
    '国务院总理,Premier,preferred,title',
    '国务院总理,Prime Minister,deprecated,title',
    '副总理,Vice Premier,preferred,title',
    '委员长,Chairman,preferred,title',
    '委员长,President,forbidden,title',
    '外长,Foreign Minister,preferred,title',
    '特朗普,Donald Trump,preferred,name',
    '特朗普,Trump,admitted,name',
    '普京,Vladimir Putin,preferred,name',
    '默克尔,Angela Merkel,preferred,name',
    '约翰逊,Boris Johnson,preferred,name',
    '习近平,Xi Jinping,preferred,name',
    '习近平,Xi,admitted,name',
    '金正恩,Kim Jong Un,preferred,name',
    '金正恩,Kim Jong-un,deprecated,name',
    '朝鲜,DPRK,preferred,org',
    '朝鲜,North Korea,deprecated,org',
    '一带一路,Belt and Road Initiative,preferred,term',
  ].join('\n'),
);
const compiled = compileTermbase(termbase);
const judge = (source: string, target: string) => judgeTerms(compiled, source, target, DICTIONARY).map((issue) => [issue.type, issue.source, issue.found ?? null, issue.expected]);

describe('judgeTerms', () => {
  it('takes a form several concepts share as evidence for each of them', () => {
    expect(judge('总统唐纳德·特朗普视察了工厂。', 'President Donald Trump toured the factory.')).toEqual([]);
    expect(judge('国家主席和总统举行会谈。', 'The two presidents held talks.')).toEqual([]);
  });

  it('matches the source leftmost-longest, so nested terms resolve to the longer one', () => {
    expect(judge('加拿大总理特鲁多会见记者。', 'Canadian Prime Minister Trudeau met reporters.')).toEqual([]);
    expect(judge('国务院总理出席会议。', 'The Prime Minister attended the meeting.')).toEqual([['deprecated', '国务院总理', 'Prime Minister', 'Premier']]);
    expect(judge('副总理出席会议。', 'The Vice Premier attended the meeting.')).toEqual([]);
  });

  it('accepts a title in lower case, in the plural, and its listed adjective', () => {
    expect(judge('他担任法国总统。', 'He served as the president of France.')).toEqual([]);
    expect(judge('两国总理会谈。', 'The two prime ministers met.')).toEqual([]);
    expect(judge('总统选举', 'Presidential Election Day')).toEqual([]);
  });

  it('accepts a short form of a name, a title before it and a capital at a sentence start', () => {
    expect(judge('普京说。', 'Mr Putin said.')).toEqual([]);
    expect(judge('俄罗斯总统普京说。', 'Russian President Vladimir Putin said.')).toEqual([]);
    expect(judge('习近平说。', 'Xi said so.')).toEqual([]);
  });

  it('names a name written in another case, in capitals in running text (not in a headline), or with a hyphen for a space', () => {
    expect(judge('特朗普说。', 'Donald trump said it again.')).toEqual([['variant', '特朗普', 'Donald trump', 'Donald Trump']]);
    expect(judge('习近平说。', 'Xi jinping said it again.')).toEqual([['variant', '习近平', 'Xi jinping', 'Xi Jinping']]);
    expect(judge('默克尔在周一的讲话中说。', 'MERKEL said in a speech on Monday.')).toEqual([['near', '默克尔', 'MERKEL', 'Angela Merkel']]);
    expect(judge('默克尔会见普京', 'MERKEL MEETS PUTIN')).toEqual([]);
    expect(judge('金正恩说。', 'Kim-Jong Un said.')).toEqual([['variant', '金正恩', 'Kim-Jong Un', 'Kim Jong Un']]);
  });

  it('names a misspelled or differently romanized name where the approved one should be', () => {
    expect(judge('普京抵达。', 'Vladimir Poutine arrived.')).toEqual([['near', '普京', 'Vladimir Poutine', 'Vladimir Putin']]);
    expect(judge('约翰逊抵达。', 'Boris Jonson arrived.')).toEqual([['near', '约翰逊', 'Boris Jonson', 'Boris Johnson']]);
    expect(judge('默克尔抵达。', 'Angela Merkl arrived.')).toEqual([['near', '默克尔', 'Angela Merkl', 'Angela Merkel']]);
    expect(judge('习近平抵达。', 'Xi Jinpeng arrived.')).toEqual([['near', '习近平', 'Xi Jinpeng', 'Xi Jinping']]);
  });

  it('reports a deprecated form only for the concept whose source term is there, never another concept’s approved form', () => {
    expect(judge('金正恩抵达。', 'Kim Jong-un arrived.')).toEqual([['deprecated', '金正恩', 'Kim Jong-un', 'Kim Jong Un']]);
    expect(judge('会谈开始。', 'Kim Jong-un arrived.')).toEqual([]);
    expect(judge('委员长和国家主席会见。', 'The Chairman met the President.')).toEqual([]);
    expect(judge('委员长会见记者。', 'The President met reporters.')).toEqual([['forbidden', '委员长', 'President', 'Chairman']]);
  });

  it('reports a deprecated form of a concept a dictionary word of the source names', () => {
    expect(judge('中朝承诺巩固关系', 'China, North Korea vow closer ties')).toEqual([['deprecated', '中朝', 'North Korea', 'DPRK']]);
  });

  it('names another title where the source has this one, and a rank the source does not have', () => {
    expect(judge('总理李强出席。', 'President Li Qiang attended.')).toEqual([['other-title', '总理', 'President', 'Prime Minister']]);
    expect(judge('外长出席。', 'The Vice Foreign Minister attended.')).toEqual([['other-title', '外长', 'Vice Foreign Minister', 'Foreign Minister']]);
    expect(judge('副外长出席。', 'The Vice Foreign Minister attended.')).toEqual([]);
  });

  it('reports a name or fixed term dropped altogether without a found form, but not a title or organisation', () => {
    expect(judge('特朗普会见了记者。', 'The US president met reporters.')).toEqual([['missing', '特朗普', null, 'Donald Trump']]);
    expect(judge('一带一路得到支持。', 'The initiative won support.')).toEqual([['missing', '一带一路', null, 'Belt and Road Initiative']]);
    expect(judge('访问朝鲜。', 'A visit to the neighbouring country.')).toEqual([]);
    expect(judge('总书记、国家主席习近平说。', 'Xi Jinping said.')).toEqual([]);
  });

  it('never names as found what it expects', () => {
    const targets = ['President Trump', 'Donald Trump', 'the premier', 'Prime Minister', 'Kim Jong Un', 'PRESIDENT TRUMP', 'the Chairman'];
    for (const target of targets) for (const issue of judgeTerms(compiled, '委员长国务院总理特朗普金正恩', target, DICTIONARY)) expect(issue.found).not.toBe(issue.expected);
  });
});
