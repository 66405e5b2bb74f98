/** One document pair aligned, as `tmkit align` and each pair of `tmkit align --batch` do it. */
import path from 'node:path';
import { alignmentToMemory, alignTexts, type Lexicon, type TextAlignment, withTerms } from '../align/index.js';
import { termPairs } from '../terms/index.js';
import type { Memory } from '../types.js';
import type { CommandContext } from './command.js';
import { readTextFile } from './files.js';
import { checkLanguages } from './language-check.js';
import { loadLexicon } from './lexicon-files.js';
import { loadTermbase } from './termbase-files.js';

export interface PairSettings {
  presegmented: boolean;
  sourceLang: string;
  targetLang: string;
  /** On the 0–1 scale of bead scores. */
  minScore: number;
}

/** The Chinese↔English names and titles of a termbase, when one is given, to anchor alignment. */
export async function anchorTerms(context: CommandContext, termsFile: string | undefined): Promise<Array<[string, string]>> {
  return termsFile === undefined ? [] : termPairs(await loadTermbase(context.io, termsFile));
}

/** The lexicon with those names and titles. */
export async function pairLexicon(terms: ReadonlyArray<readonly [string, string]>): Promise<Lexicon> {
  return withTerms(await loadLexicon(), terms);
}

/** Reads both texts (refusing them the wrong way round) and aligns them. */
export async function alignFiles(context: CommandContext, sourceFile: string, targetFile: string, lexicon: Lexicon, settings: PairSettings): Promise<TextAlignment> {
  const sourceText = await readTextFile(context.io, sourceFile);
  const targetText = await readTextFile(context.io, targetFile);
  checkLanguages(context, sourceFile, sourceText, targetFile, targetText);
  return alignTexts(sourceText, targetText, { lexicon, presegmented: settings.presegmented });
}

/** The beads as JSON lines: sentence indices and confidence. */
export function beadLines(alignment: TextAlignment): string {
  return alignment.beads.map((bead) => `${JSON.stringify({ source: bead.source, target: bead.target, score: bead.score })}\n`).join('');
}

/** The aligned pair as a memory of one file, named `sourceDocument` (the source file's name unless said otherwise). */
export function pairMemory(alignment: TextAlignment, settings: PairSettings, sourceFile: string, targetFile: string, sourceDocument = path.basename(sourceFile)): Memory {
  return alignmentToMemory({
    ...alignment,
    sourceLang: settings.sourceLang,
    targetLang: settings.targetLang,
    sourceDocument,
    targetDocument: path.basename(targetFile),
    minScore: settings.minScore,
  });
}
