/**
 * A Chinese→English lexicon reduced to what alignment needs: for each Chinese word, the
 * English lemmas its glosses contain (`会谈` → talk; `朝鲜` → korea, north, dprk …).
 */
import { glossesOf, loadCedictRows } from '../lang/cedict.js';
import { type LongestMatch, WordPrefixes } from '../lang/longest-match.js';
import { isStopword, lemma } from './english.js';

/** Chinese word → ids of English lemmas: a Map, or the stored lexicon's arrays read in place. */
export interface GlossTable extends Iterable<[string, Int32Array]> {
  get(word: string): Int32Array | undefined;
  readonly size: number;
}

export interface Lexicon {
  words: GlossTable;
  /** English lemma → id. */
  lemmaIds: ReadonlyMap<string, number>;
  /** The Chinese words, for longest-match segmentation. */
  prefixes: LongestMatch;
}

/** CC-CEDICT glosses carry markers that are not translations: `CL:个[ge4]`, `(literary)`, `sb`, `sth`. */
const GLOSS_NOISE = /\b(?:CL|variant of|old variant of|see also|see|abbr\. for|surname|used in|also written|also pr\.)\b[^;]*|\[[^\]]*\]|\([^)]*\)/gi;

export function glossLemmas(gloss: string): string[] {
  const lemmas = new Set<string>();
  for (const word of gloss.replace(GLOSS_NOISE, ' ').split(/[^A-Za-z0-9'-]+/)) {
    if (word.length === 0) continue;
    for (const part of word.split('-')) {
      const normalized = lemma(part);
      if (normalized.length > 1 && !isStopword(normalized) && normalized !== 'sb' && normalized !== 'sth') lemmas.add(normalized);
    }
  }
  return [...lemmas];
}

/** Builds a lexicon from (Chinese word, English glosses) pairs; later pairs add to earlier ones. */
export function buildLexicon(entries: Iterable<readonly [string, readonly string[]]>): Lexicon {
  const lemmaIds = new Map<string, number>();
  const collected = new Map<string, Set<number>>();
  for (const [word, glosses] of entries) {
    let ids = collected.get(word);
    for (const gloss of glosses) {
      for (const entry of glossLemmas(gloss)) {
        let id = lemmaIds.get(entry);
        if (id === undefined) {
          id = lemmaIds.size;
          lemmaIds.set(entry, id);
        }
        if (!ids) {
          ids = new Set();
          collected.set(word, ids);
        }
        ids.add(id);
      }
    }
  }
  const words = new Map<string, Int32Array>();
  for (const [word, ids] of collected) words.set(word, Int32Array.from(ids));
  return { words, lemmaIds, prefixes: new WordPrefixes(words.keys()) };
}

let cedict: Promise<Lexicon> | undefined;

/** The CC-CEDICT lexicon, every entry reduced to lemma ids (built once a process). */
export function loadCedictLexicon(): Promise<Lexicon> {
  cedict ??= loadCedictRows().then((rows) => buildLexicon(rows.map((row) => [row[1], glossesOf(row)] as const)));
  return cedict;
}

/** Adds termbase pairs (金正恩 → Kim Jong Un) so names and titles become anchors. */
export function withTerms(lexicon: Lexicon, pairs: ReadonlyArray<readonly [string, string]>): Lexicon {
  if (pairs.length === 0) return lexicon;
  const lemmaIds = new Map(lexicon.lemmaIds);
  const added = new Map<string, Int32Array>();
  const prefixes = new WordPrefixes([], lexicon.prefixes);
  for (const [zh, en] of pairs) {
    const ids = new Set(added.get(zh) ?? lexicon.words.get(zh) ?? []);
    for (const entry of glossLemmas(en)) {
      let id = lemmaIds.get(entry);
      if (id === undefined) {
        id = lemmaIds.size;
        lemmaIds.set(entry, id);
      }
      ids.add(id);
    }
    added.set(zh, Int32Array.from(ids));
    prefixes.add(zh);
  }
  return { words: new GlossOverlay(lexicon.words, added), lemmaIds, prefixes };
}

/** A gloss table with some words added or given more lemmas, the table below it left as it is. */
class GlossOverlay implements GlossTable {
  readonly size: number;

  constructor(
    private readonly base: GlossTable,
    private readonly added: ReadonlyMap<string, Int32Array>,
  ) {
    this.size = base.size + [...added.keys()].filter((word) => base.get(word) === undefined).length;
  }

  get(word: string): Int32Array | undefined {
    return this.added.get(word) ?? this.base.get(word);
  }

  *[Symbol.iterator](): Iterator<[string, Int32Array]> {
    for (const [word, ids] of this.base) yield [word, this.added.get(word) ?? ids];
    for (const [word, ids] of this.added) if (this.base.get(word) === undefined) yield [word, ids];
  }
}
