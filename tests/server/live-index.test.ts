import { describe, expect, it } from 'vitest';
import { LiveIndex } from '../../src/server/live-index.js';
import { concordance, EntryTable, lookup, NgramIndex, type TmEntry } from '../../src/tm/index.js';

const SENTENCES = ['展览明天上午开幕。', '展览明天下午闭幕。', '门票价格为30元。', '参观者请在入口处排队。', '博物馆周一闭馆。', '图书馆周末照常开放。'];

function entry(source: string, n: number): TmEntry {
  return { source, target: `Translation ${n}.`, origin: `memory.tmx#t${n}` };
}

describe('LiveIndex', () => {
  it('gives the lookups of the file index on the same entries, written one by one or all at once', () => {
    const entries = SENTENCES.map(entry);
    const file = { entries: EntryTable.from(entries), index: NgramIndex.build(entries.map((each) => each.source)) };
    const live = new LiveIndex();
    // Written in pieces, with lookups in between: several segments, merged as they grow.
    entries.forEach((each, n) => {
      live.put(n + 1, each);
      lookup(live, live, each.source, { minScore: 50, limit: 5 });
    });
    for (const query of ['展览明天晚上开幕。', '门票价格为50元。', '图书馆周一闭馆。']) {
      expect(lookup(live, live, query, { minScore: 50, limit: 5 })).toEqual(lookup(file.entries, file.index, query, { minScore: 50, limit: 5 }));
    }
    expect(live.size).toBe(SENTENCES.length);
  });

  it('a replaced or removed row is neither matched nor found by concordance', () => {
    const live = new LiveIndex();
    SENTENCES.forEach((source, n) => live.put(n + 1, entry(source, n)));
    void live.length;
    live.put(3, { source: '门票价格为30元。', target: 'Tickets are 30 yuan.', origin: 'confirmed#c1' });
    live.remove(5);
    const [best] = lookup(live, live, '门票价格为30元。', { minScore: 50, limit: 5 });
    expect(best).toMatchObject({ score: 100, target: 'Tickets are 30 yuan.' });
    expect(lookup(live, live, '门票价格为30元。', { minScore: 50, limit: 5 }).map((match) => match.target)).not.toContain('Translation 2.');
    expect(concordance(live, '闭馆', 'both')).toEqual([]);
    expect(concordance(live, '门票', 'source').map((hit) => hit.target)).toEqual(['Tickets are 30 yuan.']);
    expect(live.size).toBe(SENTENCES.length - 1);
  });
});
