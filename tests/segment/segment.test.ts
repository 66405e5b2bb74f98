import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const en = (text: string) => segment(text, { lang: 'en' }).map((sentence) => sentence.text);
const zh = (text: string) => segment(text, { lang: 'zh' }).map((sentence) => sentence.text);

describe('segment: English', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(en('The talks ended. Both sides left! Was it useful? Nobody knows.')).toEqual(['The talks ended.', 'Both sides left!', 'Was it useful?', 'Nobody knows.']);
  });

  it('keeps titles, months and Latin abbreviations inside the sentence', () => {
    expect(en('Mr. Lee met Dr. Park on Sep. 12 in the hall. They spoke for an hour.')).toEqual(['Mr. Lee met Dr. Park on Sep. 12 in the hall.', 'They spoke for an hour.']);
    expect(en('Bring fruit, e.g. apples and pears, to the picnic. It starts at noon.')).toEqual(['Bring fruit, e.g. apples and pears, to the picnic.', 'It starts at noon.']);
  });

  it('decides U.S.-style and a.m./p.m. abbreviations by the word that follows', () => {
    expect(en('The envoy flew to the U.S. Army base at 9 a.m. on Monday.')).toEqual(['The envoy flew to the U.S. Army base at 9 a.m. on Monday.']);
    expect(en('The meeting ended at 4 p.m. He then left for the airport.')).toEqual(['The meeting ended at 4 p.m.', 'He then left for the airport.']);
    expect(en('She grew up in the U.S. But she lives in Seoul now.')).toEqual(['She grew up in the U.S.', 'But she lives in Seoul now.']);
  });

  it('keeps initials and middle initials with the name', () => {
    expect(en('The report by J. R. Tolland was read aloud. Everyone agreed.')).toEqual(['The report by J. R. Tolland was read aloud.', 'Everyone agreed.']);
  });

  it('does not split decimals, version numbers, URLs or e-mail addresses', () => {
    expect(en('Growth was 3.5 percent, see www.example.org/data.html for details. Write to press@example.com. Thanks.')).toEqual([
      'Growth was 3.5 percent, see www.example.org/data.html for details.',
      'Write to press@example.com.',
      'Thanks.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence, and quotes inside a sentence', () => {
    expect(en('“We will come back,” she said. “See you soon.” Then she left.')).toEqual(['“We will come back,” she said.', '“See you soon.”', 'Then she left.']);
    expect(en('“Are you ready?” he asked. (Nobody was.) The bell rang.')).toEqual(['“Are you ready?” he asked.', '(Nobody was.)', 'The bell rang.']);
  });

  it('treats ellipses like other terminal marks', () => {
    expect(en('He waited... and waited. Then the door opened... Nobody came in.')).toEqual(['He waited... and waited.', 'Then the door opened...', 'Nobody came in.']);
  });

  it('splits numbered and lettered lists into items', () => {
    expect(en('1. Buy rice 2. Cook dinner 3. Wash up')).toEqual(['1. Buy rice', '2. Cook dinner', '3. Wash up']);
    expect(en('a) first point b) second point')).toEqual(['a) first point', 'b) second point']);
  });

  it('keeps a news dateline with its sentence and a headline without final punctuation as one', () => {
    expect(en('SEOUL, Korea, Oct 3 — The ministers agreed on a plan. Details follow.')).toEqual(['SEOUL, Korea, Oct 3 — The ministers agreed on a plan.', 'Details follow.']);
    expect(en('Leaders pledge closer ties after summit\nBy a staff reporter')).toEqual(['Leaders pledge closer ties after summit', 'By a staff reporter']);
  });

  it('splits sentences glued without a space', () => {
    expect(en('The vote passed.Then the hall emptied.')).toEqual(['The vote passed.', 'Then the hall emptied.']);
  });
});

describe('segment: Chinese', () => {
  it('splits after 。！？ and their runs', () => {
    expect(zh('会议开始了。大家到齐了吗？到齐了！！真的吗？！')).toEqual(['会议开始了。', '大家到齐了吗？', '到齐了！！', '真的吗？！']);
  });

  it('keeps closing quotes and brackets with the sentence, and splits quotations of several sentences', () => {
    expect(zh('他说：“今天很冷。明天会更冷。”大家都笑了。')).toEqual(['他说：“今天很冷。', '明天会更冷。”', '大家都笑了。']);
    expect(zh('（以上为摘要。）正文如下。')).toEqual(['（以上为摘要。）', '正文如下。']);
  });

  it('does not split inside a title in 《》', () => {
    expect(zh('他读了《你好！世界》这本书。后来又读了一遍。')).toEqual(['他读了《你好！世界》这本书。', '后来又读了一遍。']);
  });

  it('treats …… as a boundary', () => {
    expect(zh('他想了很久……最后还是走了。')).toEqual(['他想了很久……', '最后还是走了。']);
  });

  it('leaves half-width and full-width decimals, Latin abbreviations and URLs alone', () => {
    expect(zh('价格是１２．５元，用时3.5小时。他来自U.S.A.的一个小镇。见www.example.cn网站。')).toEqual([
      '价格是１２．５元，用时3.5小时。',
      '他来自U.S.A.的一个小镇。',
      '见www.example.cn网站。',
    ]);
  });

  it('keeps a dateline without punctuation with the first sentence; ；and ：are no boundaries', () => {
    expect(zh('本报上海3月8日电 记者今天获悉，新馆开放；游客很多。')).toEqual(['本报上海3月8日电 记者今天获悉，新馆开放；游客很多。']);
  });
});

describe('segment: offsets and coverage', () => {
  it('returns trimmed slices with offsets into the whole input; a newline is always a boundary', () => {
    const text = '  First one. Second one  \n\nThird line without stop\r\nFourth.';
    const sentences = segment(text, { lang: 'en' });
    expect(sentences.map((sentence) => sentence.text)).toEqual(['First one.', 'Second one', 'Third line without stop', 'Fourth.']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2, 3]);
  });

  it('covers every non-space character exactly once, in order, for any input', () => {
    const alphabet = fc.constantFrom(...'Ab .!?。！？”“《》…\n 9Mr.U.S中文'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join('')), fc.constantFrom('en' as const, 'zh' as const), (text, lang) => {
        const sentences = segment(text, { lang });
        let previousEnd = 0;
        let covered = '';
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text).not.toContain('\n');
          covered += sentence.text;
          previousEnd = sentence.end;
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on a very long line', () => {
    const text = 'word '.repeat(200_000) + 'end.';
    expect(segment(text, { lang: 'en' })).toHaveLength(1);
    expect(segment('字'.repeat(500_000), { lang: 'zh' })).toHaveLength(1);
  });
});
