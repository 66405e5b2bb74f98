import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const en = (text: string) => segment(text, { lang: 'en' }).map((sentence) => sentence.text);
const zh = (text: string) => segment(text, { lang: 'zh' }).map((sentence) => sentence.text);

describe('English', () => {
  it('splits at terminal punctuation', () => {
    expect(en('The river rose. Boats stayed home! Would it stop? Nobody knew.')).toEqual(['The river rose.', 'Boats stayed home!', 'Would it stop?', 'Nobody knew.']);
  });
  it('keeps titles with the name that follows', () => {
    expect(en('Dr. Lin met Gen. Park and Mrs. Ode. They talked.')).toEqual(['Dr. Lin met Gen. Park and Mrs. Ode.', 'They talked.']);
  });
  it('keeps months, numbers and Latin abbreviations inside the sentence', () => {
    expect(en('On Sep. 5 the fund paid No. 3 about 2.75 percent, i.e. more than expected. Markets cheered.')).toEqual([
      'On Sep. 5 the fund paid No. 3 about 2.75 percent, i.e. more than expected.',
      'Markets cheered.',
    ]);
  });
  it('decides U.S.-style and a.m. abbreviations by the next word', () => {
    expect(en('The U.S. Navy sailed at 6 a.m. on Monday. It reached the U.S. Then it turned back.')).toEqual([
      'The U.S. Navy sailed at 6 a.m. on Monday.',
      'It reached the U.S.',
      'Then it turned back.',
    ]);
    expect(en('By 7 p.m. Ms. Hale had gone.')).toEqual(['By 7 p.m. Ms. Hale had gone.']);
  });
  it('keeps initials and middle initials', () => {
    expect(en('A poem by T. S. Morrow and a note by Ana K. Diaz were read. Then we ate.')).toEqual([
      'A poem by T. S. Morrow and a note by Ana K. Diaz were read.',
      'Then we ate.',
    ]);
  });
  it('keeps closing quotes and brackets with their sentence', () => {
    expect(en('She said, "We will win." He nodded. (It was late.) They left.')).toEqual(['She said, "We will win."', 'He nodded.', '(It was late.)', 'They left.']);
  });
  it('does not split a quotation ending in ? or ! followed by a lower-case word', () => {
    expect(en('"Is it raining?" asked the boy. "No!" said his aunt.')).toEqual(['"Is it raining?" asked the boy.', '"No!" said his aunt.']);
  });
  it('starts a sentence at a lower-case word after . ? or !, as web and e-mail text does', () => {
    expect(en('got your file. will read it tonight! any news? not yet.')).toEqual(['got your file.', 'will read it tonight!', 'any news?', 'not yet.']);
    expect(en('the demo is at bit.ly/x2. see you there?! ok')).toEqual(['the demo is at bit.ly/x2.', 'see you there?!', 'ok']);
  });
  it('keeps a lower-case word after an abbreviation, an initial, a number, an ellipsis or a closer in the sentence', () => {
    for (const text of [
      'bring fruit, e.g. apples and pears',
      'it weighs approx. two kilos',
      'we met at 5 p.m. on the pier',
      'see fig. 3. then the curve',
      'signed by j. doe today',
      'wait... what was that',
      '"Done?" she asked',
      'the note (read it twice.) lies here',
      'She buys stock in Yahoo! every year',
    ]) {
      expect(en(text)).toEqual([text]);
    }
  });
  it('handles ellipses', () => {
    expect(en('I thought... well, maybe not. Wait . . . there is more. The end. . . . Another start.')).toEqual([
      'I thought... well, maybe not.',
      'Wait . . . there is more.',
      'The end.',
      '. . . Another start.',
    ]);
  });
  it('keeps URLs and e-mail addresses whole', () => {
    expect(en('Read docs.example.org/guide.html first. Write to help@example.net today.')).toEqual(['Read docs.example.org/guide.html first.', 'Write to help@example.net today.']);
  });
  it('splits a missing space after a period between a word and a capital', () => {
    expect(en('It was over.Then rain came.')).toEqual(['It was over.', 'Then rain came.']);
  });
  it('splits numbered lists into items', () => {
    expect(en('1. Buy milk 2. Call home 3. Pay rent')).toEqual(['1. Buy milk', '2. Call home', '3. Pay rent']);
  });
  it('keeps a dateline with its first sentence and a headline without final punctuation on its own line', () => {
    expect(en('Ports reopen after storm\nLONDON, UK, Mar 3 — Officials said ferries run again. Trains follow.')).toEqual([
      'Ports reopen after storm',
      'LONDON, UK, Mar 3 — Officials said ferries run again.',
      'Trains follow.',
    ]);
  });
});

describe('Chinese', () => {
  it('splits at 。！？ and their runs', () => {
    expect(zh('天晴了。我们出发吧！真的吗？！走。')).toEqual(['天晴了。', '我们出发吧！', '真的吗？！', '走。']);
  });
  it('treats …… as an end and keeps closing quotes with the sentence', () => {
    expect(zh('他想了想……“算了。”她笑了。')).toEqual(['他想了想……', '“算了。”', '她笑了。']);
  });
  it('does not split inside 《…》', () => {
    expect(zh('我读了《快跑！少年》。很好看。')).toEqual(['我读了《快跑！少年》。', '很好看。']);
  });
  it('keeps full-width and half-width decimals and Latin abbreviations', () => {
    expect(zh('票价１２．５元，车程2.5小时。来自U.S.A.的客人到了。')).toEqual(['票价１２．５元，车程2.5小时。', '来自U.S.A.的客人到了。']);
  });
  it('does not split at ； or ：', () => {
    expect(zh('天冷了；路滑了：大家小心。')).toEqual(['天冷了；路滑了：大家小心。']);
  });
  it('splits a quotation holding several sentences at each end, keeping the closing quote', () => {
    expect(zh('她说：“我来了。你们好！”大家鼓掌。')).toEqual(['她说：“我来了。', '你们好！”', '大家鼓掌。']);
  });
  it('keeps a dateline with the first sentence', () => {
    expect(zh('新华社上海5月2日电 展会今天开幕。观众很多。')).toEqual(['新华社上海5月2日电 展会今天开幕。', '观众很多。']);
  });
});

describe('offsets and lines', () => {
  it('gives trimmed slices of the whole input, one paragraph a line, skipping blank lines', () => {
    const text = '  First one. Second one.\r\n\r\n\n第三句。 \n';
    const sentences = segment(text, { lang: 'en' });
    expect(sentences.map((sentence) => sentence.text)).toEqual(['First one.', 'Second one.', '第三句。']);
    for (const [index, sentence] of sentences.entries()) {
      expect(sentence.index).toBe(index);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
  it('returns nothing for empty or blank input', () => {
    expect(segment('', { lang: 'en' })).toEqual([]);
    expect(segment(' \n\t\n', { lang: 'zh' })).toEqual([]);
  });
  it('copes with a long single line', () => {
    const line = 'Mr. A. B. Ray went to the U.S. at 5 p.m. and left. '.repeat(20_000);
    expect(segment(line, { lang: 'en' }).length).toBe(20_000);
  });
});

const alphabet = fc.constantFrom(...'aZ .!?。！？…“”"()《》\n\r U.S1２．\t'.split(''), 'Mr.', 'p.m.', ' . . .', 'U.S.');
const texts = fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(''));

describe.each(['en', 'zh'] as const)('properties (%s)', (lang) => {
  it('sentences are ordered, non-overlapping, trimmed slices that cover every non-space character', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const sentences = segment(text, { lang });
        let covered = '';
        let previousEnd = 0;
        for (const [index, sentence] of sentences.entries()) {
          expect(sentence.index).toBe(index);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text).not.toContain('\n');
          covered += sentence.text;
          previousEnd = sentence.end;
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 400 },
    );
  });
});

describe('messy web and e-mail text (tests/fixtures/segment/messy-en.json, also a row of bench:segment)', () => {
  const items = JSON.parse(readFileSync(new URL('../fixtures/segment/messy-en.json', import.meta.url), 'utf8')) as Array<{ input: string; expected: string[] }>;
  it.each(items.map((item) => [item.input, item.expected] as const))('%s', (input, expected) => {
    expect(en(input)).toEqual(expected);
  });
});
