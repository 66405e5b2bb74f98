import type { Bead, Sentence } from '../types.js';
import { segment } from '../segment/segment.js';
import { align } from './align.js';
import type { Lexicon } from './lexicon.js';

export interface AlignTextsOptions {
  lexicon: Lexicon;
  /** Each non-empty line is one sentence (no segmentation). */
  presegmented?: boolean;
}

export interface TextAlignment {
  sourceSentences: Sentence[];
  targetSentences: Sentence[];
  beads: Bead[];
}

/** Segments both texts (a line is a paragraph) and aligns them; paragraph breaks guide the alignment. */
export function alignTexts(sourceText: string, targetText: string, options: AlignTextsOptions): TextAlignment {
  const split = (text: string, lang: 'zh' | 'en') => (options.presegmented ? lines(text) : segment(text, { lang }));
  const sourceSentences = split(sourceText, 'zh');
  const targetSentences = split(targetText, 'en');
  const beads = align(
    sourceSentences.map((sentence) => sentence.text),
    targetSentences.map((sentence) => sentence.text),
    {
      lexicon: options.lexicon,
      sourceParagraphStarts: options.presegmented ? undefined : paragraphStarts(sourceText, sourceSentences),
      targetParagraphStarts: options.presegmented ? undefined : paragraphStarts(targetText, targetSentences),
    },
  );
  return { sourceSentences, targetSentences, beads };
}

function lines(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmedStart = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed !== '') sentences.push({ index: sentences.length, start: start + trimmedStart, end: start + trimmedStart + trimmed.length, text: trimmed });
    start += line.length + 1;
  }
  return sentences;
}

/** Indices of the sentences that open a line. */
function paragraphStarts(text: string, sentences: readonly Sentence[]): number[] {
  return sentences.filter((sentence) => sentence.index === 0 || text.slice(sentences[sentence.index - 1].end, sentence.start).includes('\n')).map((sentence) => sentence.index);
}
