import { describe, expect, it } from 'vitest';
import { ChineseTermIndex, compileTermbase, EnglishTermIndex, tokenize } from '../../src/terms/index.js';
import type { Termbase } from '../../src/types.js';

describe('ChineseTermIndex', () => {
  const index = new ChineseTermIndex([
    { text: '朝鲜', value: 'dprk' },
    { text: '朝鲜劳动党', value: 'wpk' },
    { text: '总书记', value: 'gensec' },
    { text: '朝鲜半岛', value: 'peninsula' },
  ]);

  it('prefers the longest term at each position', () => {
    const hits = index.find('他会见了朝鲜劳动党总书记，谈到朝鲜半岛和朝鲜。');
    expect(hits.map((hit) => [hit.text, hit.value, hit.start])).toEqual([
      ['朝鲜劳动党', 'wpk', 4],
      ['总书记', 'gensec', 9],
      ['朝鲜半岛', 'peninsula', 15],
      ['朝鲜', 'dprk', 20],
    ]);
  });

  it('falls back to a shorter term when a longer one breaks off', () => {
    expect(index.find('朝鲜劳动').map((hit) => hit.value)).toEqual(['dprk']);
  });

  it('keeps offsets right after characters outside the basic plane', () => {
    const hits = new ChineseTermIndex([{ text: '𠮷野', value: 1 }, { text: '朝鲜', value: 2 }]).find('𠮷𠮷野在朝鲜');
    expect(hits.map((hit) => [hit.text, hit.start])).toEqual([['𠮷野', 2], ['朝鲜', 6]]);
  });

  it('finds nothing in text without terms', () => {
    expect(index.find('今天天气很好。')).toEqual([]);
  });
});

describe('EnglishTermIndex', () => {
  const index = new EnglishTermIndex([
    { text: 'Kim Jong Un', value: 'preferred' },
    { text: 'Kim Jong-un', value: 'deprecated' },
    { text: "Workers' Party of Korea", value: 'wpk' },
    { text: 'Global Development Initiative', value: 'gdi' },
  ]);

  it('tells a hyphenated spelling apart from the approved one', () => {
    const [hit] = index.find('Talks with Kim Jong-un went on.');
    expect(hit).toMatchObject({ text: 'Kim Jong-un', value: 'deprecated', start: 11 });
    expect(hit.difference).toBeUndefined();
  });

  it('reads possessives, line breaks and curly apostrophes as the term, without flagging them', () => {
    const hits = index.find('Kim Jong\nUn’s envoy met the Workers’ Party of Korea delegation.');
    expect(hits.map((hit) => [hit.text, hit.value, hit.difference])).toEqual([
      ['Kim Jong\nUn', 'preferred', undefined],
      ['Workers’ Party of Korea', 'wpk', undefined],
    ]);
  });

  it('accepts plurals and a capital the form lacks, but not a capital of the form written in lower case', () => {
    const hits = index.find('Both global development initiatives were praised.');
    expect(hits).toHaveLength(1);
    expect(hits[0].difference).toBe('case');
    expect(new EnglishTermIndex([{ text: 'the initiative', value: 1 }]).find('The Initiatives Grew').map((hit) => hit.difference)).toEqual([undefined]);
  });

  it('reads regular plural endings only: "policies" is "policy", but "lines" is not "Lin" nor "lies" "Li"', () => {
    const plurals = new EnglishTermIndex([
      { text: 'policy', value: 'policy' },
      { text: 'tax', value: 'tax' },
      { text: 'Lin', value: 'lin' },
      { text: 'Li', value: 'li' },
      { text: 'class', value: 'class' },
    ]);
    expect(plurals.find('New policies on taxes and classes; the lines lies behind.').map((hit) => hit.value)).toEqual(['policy', 'tax', 'class']);
  });

  it('reports a case deviation and a hyphen for a space as differences', () => {
    expect(index.find('They met kim jong un today.')[0]).toMatchObject({ value: 'preferred', difference: 'case' });
    expect(index.find('Talks with Donald trump and Kim Jong Un.').map((hit) => hit.difference)).toEqual([undefined]);
    expect(index.find('Kim-Jong Un spoke.')[0]).toMatchObject({ value: 'preferred', difference: 'spacing' });
  });

  it('reports capitals in running text, but not in a headline or a dateline', () => {
    expect(index.find('Talks with KIM JONG UN went on for hours.')[0]).toMatchObject({ difference: 'case' });
    const places = new EnglishTermIndex([{ text: 'Pyongyang', value: 1 }]);
    expect(places.find('PYONGYANG, Sep 5 — The talks began.')[0].difference).toBeUndefined();
  });

  it('searches only the forms a caller accepts', () => {
    expect(index.find('Kim Jong Un met the Workers’ Party of Korea.', (value) => value === 'wpk').map((hit) => hit.value)).toEqual(['wpk']);
  });

  it('finds the longest form among thousands that share a first word', () => {
    const forms = Array.from({ length: 3000 }, (_, n) => [
      { text: `Wang Given${n}`, value: n },
      { text: 'Wang', value: n },
    ]).flat();
    const index = new EnglishTermIndex(forms);
    expect(index.find("Wang Given2999's aide met Wang Given12 and Wang.").map((hit) => [hit.text, hit.value])).toEqual([
      ['Wang Given2999', 2999],
      ['Wang Given12', 12],
      ['Wang', 0],
    ]);
    expect(index.find('Two Wangs came.').map((hit) => hit.value)).toEqual([0]);
  });

  it('does not flag an all-capitals headline', () => {
    expect(index.find('XI MEETS KIM JONG UN')[0].difference).toBeUndefined();
  });
});

describe('compileTermbase', () => {
  const termbase: Termbase = {
    srcLang: 'zh-CN',
    trgLang: 'en',
    concepts: [
      { id: 'c1', kind: 'name', terms: [{ lang: 'zh', text: '崔善姬', status: 'preferred' }, { lang: 'en', text: 'Choe Son Hui', status: 'preferred' }, { lang: 'en', text: 'Choe Son-hui', status: 'deprecated' }] },
      { id: 'c2', kind: 'name', terms: [{ lang: 'zh', text: '孙春兰', status: 'preferred' }, { lang: 'en', text: 'Sun', status: 'admitted' }] },
      { id: 'c3', kind: 'term', terms: [{ lang: 'zh', text: '太阳', status: 'preferred' }, { lang: 'en', text: 'sun', status: 'preferred' }] },
      { id: 'c4', kind: 'name', terms: [{ lang: 'zh', text: '何立峰', status: 'preferred' }, { lang: 'en', text: 'He', status: 'admitted' }] },
    ],
  };

  it('indexes source and target terms of every concept, once per termbase', () => {
    const compiled = compileTermbase(termbase);
    expect(compileTermbase(termbase)).toBe(compiled);
    expect(compiled.source.find('外务相崔善姬')[0]).toMatchObject({ start: 3, value: [termbase.concepts[0]] });
    expect(compiled.target.find('Choe Son-hui said')[0].value[0].term.status).toBe('deprecated');
  });

  it('keeps every concept that lists a form: concepts share English forms', () => {
    const shared: Termbase = {
      srcLang: 'zh',
      trgLang: 'en',
      concepts: [
        { id: 'a', kind: 'title', terms: [{ lang: 'zh', text: '总统', status: 'preferred' }, { lang: 'en', text: 'President', status: 'preferred' }] },
        { id: 'b', kind: 'title', terms: [{ lang: 'zh', text: '国家主席', status: 'preferred' }, { lang: 'en', text: 'President', status: 'preferred' }] },
        { id: 'c', kind: 'title', terms: [{ lang: 'zh', text: '委员长', status: 'preferred' }, { lang: 'en', text: 'President', status: 'forbidden' }] },
      ],
    };
    const [hit] = compileTermbase(shared).target.find('The President spoke.');
    expect(hit.value.map((entry) => [entry.concept.id, entry.term.status])).toEqual([
      ['a', 'preferred'],
      ['b', 'preferred'],
      ['c', 'forbidden'],
    ]);
  });

  it('tells whether a source word is a term, holds one or is part of one', () => {
    const compiled = compileTermbase(termbase);
    expect([compiled.coversSource('崔善姬'), compiled.coversSource('善姬'), compiled.coversSource('崔善姬说'), compiled.coversSource('说')]).toEqual([true, true, true, false]);
  });
});

describe('tokenize', () => {
  it('keeps inner apostrophes, numbers and offsets, and notes hyphens', () => {
    const tokens = tokenize("Kim’s 2025 Workers' co-op 𠮷x");
    expect(tokens.map((token) => [token.text, token.key, token.start, token.hyphenAfter])).toEqual([
      ['Kim’s', "kim's", 0, false],
      ['2025', '2025', 6, false],
      ['Workers', 'workers', 11, false],
      ['co', 'co', 20, true],
      ['op', 'op', 23, false],
      ['𠮷x', '𠮷x', 26, false],
    ]);
  });
});
