import { describe, expect, it } from 'vitest';
import { extractTermbase } from '../../src/terms/extract.js';
import { dictionaryFrom } from '../../src/terms/dictionary.js';

const dictionary = dictionaryFrom([
  ['特朗普', ['Donald Trump (1946-), US president']],
  ['金正恩', ['Kim Jong-un (c. 1983-), supreme leader of North Korea']],
  ['北京', ['Beijing, capital of China']],
  ['总统', ['president (of a country)']],
  ['会见', ['to meet with']],
]);

const pairs = [
  { source: '特朗普总统会见了记者。', target: 'President Donald Trump met reporters.' },
  { source: '特朗普说。', target: 'Trump said so.' },
  { source: '特朗普离开。', target: 'Trump left.' },
  { source: '金正恩抵达北京。', target: 'Kim Jong Un arrived in Beijing.' },
  { source: '金正恩会见了总统。', target: 'Kim Jong Un met the president.' },
  { source: '金正恩讲话。', target: 'Kim Jong-un spoke.' },
  { source: '王明远抵达北京。', target: 'Wang Mingyuan arrived in Beijing.' },
  { source: '王明远讲话。', target: 'Wang Mingyuan spoke.' },
  { source: '北京的天气。', target: 'The weather in Bei-jing.' },
];

describe('extractTermbase', () => {
  const termbase = extractTermbase(pairs, dictionary, { srcLang: 'zh-CN', trgLang: 'en' });
  const entry = (zh: string) => {
    const concept = termbase.concepts.find((candidate) => candidate.terms[0].text === zh);
    return concept && [concept.kind, ...concept.terms.slice(1).map((term) => `${term.text}:${term.status}:${term.note}`)];
  };

  it('proposes the majority rendering of a name as preferred, its short form as admitted, another spelling as deprecated', () => {
    expect(entry('特朗普')).toEqual(['name', 'Donald Trump:preferred:the usual rendering: 1 of 3 units', 'Trump:admitted:a short form: 2 of 3 units']);
    expect(entry('金正恩')).toEqual(['name', 'Kim Jong Un:preferred:the usual rendering: 2 of 3 units', 'Kim Jong-un:deprecated:another spelling: 1 of 3 units']);
  });

  it('learns names the dictionary lacks from their pinyin', () => {
    expect(entry('王明远')).toEqual(['name', 'Wang Mingyuan:preferred:the usual rendering: 2 of 2 units']);
  });

  it('proposes a place only where its renderings vary, and offices with their usual title', () => {
    expect(entry('北京')).toEqual(['org', 'Beijing:preferred:the usual rendering: 2 of 3 units', 'Bei-jing:deprecated:another spelling: 1 of 3 units']);
    expect(entry('总统')).toEqual(['title', 'President:preferred:the usual title: 2 of 2 units']);
    expect(termbase).toMatchObject({ srcLang: 'zh-CN', trgLang: 'en' });
  });

  it('leaves out what fewer units than asked agree on', () => {
    expect(extractTermbase(pairs, dictionary, { minUnits: 4 }).concepts.map((concept) => concept.terms[0].text)).toEqual([]);
  });
});
