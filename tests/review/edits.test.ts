import { describe, expect, it } from 'vitest';
import { alignmentToMemory } from '../../src/align/to-memory.js';
import { xliff2Format } from '../../src/formats/index.js';
import { applyEdit, EditRefused, isReviewEdit, type ReviewEdit, reviewUnits, unitPlaces } from '../../src/review/edits.js';
import { segment } from '../../src/segment/index.js';
import type { Memory } from '../../src/types.js';

/** A small aligned memory: beads 2-1, 1-1, 0-1, 1-0 over sentences of my own. */
function aligned(): Memory {
  const source = '今天下雨。我们留在家里。他读了一本书。她去了图书馆。';
  const target = 'It rained today, so we stayed at home. He read a book. Published in March.';
  return alignmentToMemory({
    sourceSentences: segment(source, { lang: 'zh' }),
    targetSentences: segment(target, { lang: 'en' }),
    beads: [
      { source: [0, 1], target: [0], score: 0.9 },
      { source: [2], target: [1], score: 0.95 },
      { source: [], target: [2], score: 0.2 },
      { source: [3], target: [], score: 0.2 },
    ],
    sourceLang: 'zh',
    targetLang: 'en',
    sourceDocument: 'a.zh.txt',
    targetDocument: 'a.en.txt',
    minScore: 0.5,
  });
}

const view = (memory: Memory) => reviewUnits(memory).map((unit) => `${unit.id} ${unit.bead} ${unit.sources.join('|')} => ${unit.targets.join('|')}`);

function refusal(memory: Memory, edit: ReviewEdit): string {
  try {
    applyEdit(memory, edit);
  } catch (error) {
    if (error instanceof EditRefused) return error.key;
    throw error;
  }
  return 'done';
}

describe('review edits', () => {
  it('splits a bead between sentences, keeping each sentence index', () => {
    const memory = applyEdit(aligned(), { op: 'split', index: 0, source: 1, target: 1 });
    expect(view(memory)).toEqual([
      'u1 1-1 今天下雨。 => It rained today, so we stayed at home.',
      'u1-2 1-0 我们留在家里。 => ',
      'u2 1-1 他读了一本书。 => He read a book.',
      'u3 0-1  => Published in March.',
      'u4 1-0 她去了图书馆。 => ',
    ]);
    const [first, second] = unitPlaces(memory).map((place) => place.unit);
    expect(first.metadata).toMatchObject({ 'tmkit:source-indices': '0', 'tmkit:target-indices': '0', 'tmkit:score': '0.900' });
    expect(second.metadata).toMatchObject({ 'tmkit:source-indices': '1', 'tmkit:target-indices': '' });
    expect(second.origin).toBe('a.zh.txt#2|a.en.txt#');
    expect(second.segments[0].target).toBeUndefined();
    expect(first.segments[0].state).toBe('initial');
  });

  it('merges a bead with the next, the English of a 0-1 bead included, at the lower score', () => {
    const memory = applyEdit(aligned(), { op: 'merge', index: 1 });
    expect(view(memory)[1]).toBe('u2 1-2 他读了一本书。 => He read a book.|Published in March.');
    const merged = unitPlaces(memory)[1].unit;
    expect(merged.notes).toEqual([]);
    expect(merged.metadata).toMatchObject({ 'tmkit:target-indices': '1,2', 'tmkit:score': '0.200' });
    expect(merged.origin).toBe('a.zh.txt#3|a.en.txt#2,3');
  });

  it('moves a sentence to the next or previous bead, dropping a bead left empty', () => {
    const down = applyEdit(aligned(), { op: 'move', index: 0, side: 'source', to: 'next' });
    expect(view(down).slice(0, 2)).toEqual(['u1 1-1 今天下雨。 => It rained today, so we stayed at home.', 'u2 2-1 我们留在家里。|他读了一本书。 => He read a book.']);
    const up = applyEdit(aligned(), { op: 'move', index: 2, side: 'target', to: 'previous' });
    expect(view(up)).toEqual([
      'u1 2-1 今天下雨。|我们留在家里。 => It rained today, so we stayed at home.',
      'u2 1-2 他读了一本书。 => He read a book.|Published in March.',
      'u4 1-0 她去了图书馆。 => ',
    ]);
  });

  it('marks a bead 1-0 and 0-1', () => {
    const memory = applyEdit(aligned(), { op: 'unpair', index: 1 });
    expect(view(memory).slice(1, 3)).toEqual(['u2 1-0 他读了一本书。 => ', 'u2-2 0-1  => He read a book.']);
    expect(unitPlaces(memory)[2].unit.notes).toEqual([{ category: 'tmkit:target-only', text: 'He read a book.' }]);
  });

  it('edits, corrects and confirms a target', () => {
    let memory = applyEdit(aligned(), { op: 'target', index: 1, text: 'He read a bok.' });
    memory = applyEdit(memory, { op: 'replace', index: 1, found: 'bok', expected: 'book' });
    memory = applyEdit(memory, { op: 'confirm', index: 1, state: 'final' });
    const unit = unitPlaces(memory)[1].unit;
    expect(unit.segments[0]).toMatchObject({ target: ['He read a book.'], state: 'final' });
  });

  it('refuses what cannot be done, with a message key', () => {
    const memory = aligned();
    expect(refusal(memory, { op: 'merge', index: 3 })).toBe('noNext');
    expect(refusal(memory, { op: 'move', index: 0, side: 'target', to: 'previous' })).toBe('noPrevious');
    expect(refusal(memory, { op: 'split', index: 1, source: 1, target: 1 })).toBe('badSplit');
    expect(refusal(memory, { op: 'split', index: 0, source: 3, target: 0 })).toBe('badSplit');
    expect(refusal(memory, { op: 'unpair', index: 2 })).toBe('alreadyOneSided');
    expect(refusal(memory, { op: 'confirm', index: 3, state: 'reviewed' })).toBe('noTarget');
    expect(refusal(memory, { op: 'replace', index: 1, found: 'nowhere', expected: 'x' })).toBe('notFound');
    expect(refusal(memory, { op: 'merge', index: 9 })).toBe('noUnit');
    expect(isReviewEdit({ op: 'merge', index: 1 })).toBe(true);
    expect(isReviewEdit({ op: 'split', index: 1, source: '1', target: 0 })).toBe(false);
    expect(isReviewEdit({ op: 'delete', index: 1 })).toBe(false);
  });

  it('leaves the memory it is given, and every unit it does not edit, as they were', () => {
    const memory = aligned();
    const before = xliff2Format.serialize(memory);
    const edited = applyEdit(memory, { op: 'merge', index: 0 });
    expect(xliff2Format.serialize(memory)).toBe(before);
    const [original, after] = [unitPlaces(memory), unitPlaces(edited)];
    expect(after[1].unit).toBe(original[2].unit);
    expect(after[2].unit).toBe(original[3].unit);
  });
});
