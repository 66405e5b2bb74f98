import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { align, alignmentToMemory, alignTexts, buildLexicon, type Lexicon, loadCedictLexicon } from '../../src/align/index.js';
import type { Bead } from '../../src/types.js';
import { ROOT } from '../cli/run-cli.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadCedictLexicon();
});

const shapes = (beads: readonly Bead[]) => beads.map((bead) => [bead.source, bead.target]);

function expectCoverage(beads: readonly Bead[], sources: number, targets: number): void {
  const seenSources = beads.flatMap((bead) => bead.source);
  const seenTargets = beads.flatMap((bead) => bead.target);
  expect(seenSources).toEqual([...Array(sources).keys()]);
  expect(seenTargets).toEqual([...Array(targets).keys()]);
}

describe('align', () => {
  it('pairs sentences one to one when they correspond', () => {
    const beads = align(['今天下雨了。', '我们在家读书。', '晚上雨停了。'], ['It rained today.', 'We read books at home.', 'In the evening the rain stopped.'], { lexicon });
    expect(shapes(beads)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0.5);
  });

  it('finds 2-1 and 1-2 beads', () => {
    const source = ['代表团周一抵达首都。', '他们参观了一家工厂。', '随后双方举行会谈，讨论贸易和投资问题，并签署了三项协议。'];
    const target = ['The delegation arrived in the capital on Monday and visited a factory.', 'The two sides then held talks on trade and investment.', 'They signed three agreements.'];
    expect(shapes(align(source, target, { lexicon }))).toEqual([[[0, 1], [0]], [[2], [1, 2]]]);
  });

  it('joins a short sentence to the translation that covers its words, not to the neighbour the lengths favour', () => {
    const source = ['老人坐在河边钓鱼。', '天黑了。', '他收起鱼竿回家了。'];
    const target = ['The old man sat by the river fishing.', 'When it got dark, he packed up his rod and went home.'];
    expect(shapes(align(source, target, { lexicon }))).toEqual([[[0], [0]], [[1, 2], [1]]]);
  });

  it('keeps a short sentence with the translation whose words come in the same order', () => {
    const source = ['渔夫在海上等了三天三夜，一条鱼也没有打到。', '风很大。', '第四天他回到岸边。'];
    const target = ['The fisherman waited at sea three days and three nights and caught not a single fish; the wind was strong.', 'On the fourth day he came back to the shore, tired and cold from the wind.'];
    expect(shapes(align(source, target, { lexicon }))).toEqual([[[0, 1], [0]], [[2], [1]]]);
  });

  it('leaves a sentence without counterpart on its own (1-0 and 0-1)', () => {
    const source = ['部长周二访问了学校。', '学生们唱了一首歌。', '部长随后离开了。'];
    const target = ['Photo: staff reporter', 'The minister visited the school on Tuesday.', 'The minister then left.'];
    expect(shapes(align(source, target, { lexicon }))).toEqual([[[], [0]], [[0], [1]], [[1], []], [[2], [2]]]);
  });

  it('leaves page furniture standing alone instead of merging it into the headline or dateline bead', () => {
    const source = '部长访问学校\n本报北京5月4日电 部长周二访问了一所小学，并与学生们交谈。\n学生们为部长唱了一首歌。';
    const target = 'Minister visits school\nCHINA DAILY\nPublished\nBEIJING, May 4 — The minister visited a primary school on Tuesday and talked with pupils.\nThe pupils sang a song for the minister.';
    const { beads } = alignTexts(source, target, { lexicon });
    expect(shapes(beads)).toEqual([[[0], [0]], [[], [1]], [[], [2]], [[1], [3]], [[2], [4]]]);
  });

  it('uses numbers and names as anchors', () => {
    const source = ['李明说，共有3500人参加。', '会议持续了两天。'];
    const target = ['Li Ming said 3,500 people took part.', 'The meeting lasted two days.'];
    expect(shapes(align(source, target, { lexicon }))).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it('handles an empty side', () => {
    expect(align([], ['One.', 'Two.'], { lexicon })).toEqual([{ source: [], target: [0], score: 0 }, { source: [], target: [1], score: 0 }]);
    expect(align(['一。'], [], { lexicon })).toEqual([{ source: [0], target: [], score: 0 }]);
  });

  it('covers every sentence once, in order, whatever the input', () => {
    const small = buildLexicon([['书', ['book']], ['人', ['person', 'people']]]);
    const zh = fc.array(fc.constantFrom('书很好。', '人来了。', '天亮了。', '十个人。'), { maxLength: 12 });
    const en = fc.array(fc.constantFrom('The book is good.', 'People came.', 'Ten people.', 'Dawn.'), { maxLength: 12 });
    fc.assert(
      fc.property(zh, en, (source, target) => {
        const beads = align(source, target, { lexicon: small });
        expectCoverage(beads, source.length, target.length);
        for (const bead of beads) expect(bead.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it('aligns the sample article from raw text as a careful reader would', () => {
    const read = (name: string) => readFileSync(path.join(ROOT, 'samples', name), 'utf8');
    const alignment = alignTexts(read('xi-kim-talks.zh.txt'), read('xi-kim-talks.en.txt'), { lexicon });
    const expected = readFileSync(path.join(ROOT, 'tests/fixtures/sample-alignment/expected.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(alignment.beads.map(({ source, target }) => ({ source, target }))).toEqual(expected);
  });
});

describe('alignmentToMemory', () => {
  it('makes one unit per bead and loses no text of either side', () => {
    const alignment = alignTexts('一。二。\n三。', 'One and two.\nCaption.\nThree.', { lexicon: buildLexicon([['一', ['one']], ['二', ['two']], ['三', ['three']]]) });
    const memory = alignmentToMemory({ ...alignment, sourceLang: 'zh', targetLang: 'en', sourceDocument: 'a.zh', targetDocument: 'a.en', minScore: 0.5 });
    const units = memory.files[0].items;
    expect(units).toHaveLength(alignment.beads.length);
    const texts = JSON.stringify(units);
    for (const text of ['一。二。', 'One and two.', 'Caption.', 'Three.', '三。']) expect(texts).toContain(text);
    const targetOnly = units.find((unit) => 'segments' in unit && unit.notes.some((note) => note.category === 'tmkit:target-only'));
    expect(targetOnly && 'segments' in targetOnly && targetOnly.segments[0].target).toBeUndefined();
  });
});
