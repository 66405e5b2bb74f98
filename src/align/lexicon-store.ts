/**
 * The CC-CEDICT lexicon as bytes, so that a process loads it in a fraction of the time it takes
 * to read the dictionary and reduce every gloss, and uses it in place: no object per word is
 * made. [header length][header JSON][padding][Int32 arrays: offsets, ids, childStart, childNodes,
 * wordAt][Uint16: childCodes] (little-endian). The header names the dictionary it was built from,
 * so a stale file is never used.
 */
import { PackedTrie, type PackedTrieArrays } from '../lang/packed-trie.js';
import type { GlossTable, Lexicon } from './lexicon.js';

/** Changes with the rules that reduce glosses to lemmas (english.ts) and with the layout, so an older file is not used. */
const MAGIC = 'tmkit-lexicon/3';

interface Header {
  magic: string;
  source: string;
  /** The words, one a line, in the order of their index; `wordCount` of them. */
  words: string;
  wordCount: number;
  lemmas: string[];
  ids: number;
  nodes: number;
}

/** Word k's lemma ids are ids[offsets[k] … offsets[k + 1]); the trie gives a word's k. */
class StoredGlosses implements GlossTable {
  constructor(
    private readonly trie: PackedTrie,
    private readonly offsets: Int32Array,
    private readonly ids: Int32Array,
    private readonly wordList: () => string[],
  ) {}

  get size(): number {
    return this.offsets.length - 1;
  }

  get(word: string): Int32Array | undefined {
    const index = this.trie.indexOf(word);
    return index < 0 ? undefined : this.ids.subarray(this.offsets[index], this.offsets[index + 1]);
  }

  *[Symbol.iterator](): Iterator<[string, Int32Array]> {
    const words = this.wordList();
    for (let k = 0; k < words.length; k++) yield [words[k], this.ids.subarray(this.offsets[k], this.offsets[k + 1])];
  }
}

export function serializeLexicon(lexicon: Lexicon, source: string): Uint8Array {
  const entries = [...lexicon.words];
  const words = entries.map(([word]) => word);
  const offsets = new Int32Array(words.length + 1);
  entries.forEach(([, ids], index) => (offsets[index + 1] = offsets[index] + ids.length));
  const ids = new Int32Array(offsets[words.length]);
  entries.forEach(([, wordIds], index) => ids.set(wordIds, offsets[index]));
  const lemmas = new Array<string>(lexicon.lemmaIds.size);
  for (const [lemma, id] of lexicon.lemmaIds) lemmas[id] = lemma;
  const { childStart, childCodes, childNodes, wordAt } = PackedTrie.build(words).arrays;
  const header: Header = { magic: MAGIC, source, words: words.join('\n'), wordCount: words.length, lemmas, ids: ids.length, nodes: wordAt.length };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(headerBytes.length);
  const padding = Buffer.alloc(paddingAfter(headerBytes.length));
  const arrays = [offsets, ids, childStart, childNodes, wordAt, childCodes].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  return Buffer.concat([prefix, headerBytes, padding, ...arrays]);
}

function paddingAfter(headerLength: number): number {
  return (4 - ((4 + headerLength) % 4)) % 4;
}

/** The stored lexicon, or undefined when the bytes are damaged or were built from another dictionary. */
export function deserializeLexicon(bytes: Uint8Array, source: string): Lexicon | undefined {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = buffer.readUInt32LE(0);
    const header = JSON.parse(buffer.subarray(4, 4 + headerLength).toString('utf8')) as Header;
    if (header.magic !== MAGIC || header.source !== source) return undefined;
    const { wordCount } = header;
    const edges = header.nodes - 1;
    const int32Count = wordCount + 1 + header.ids + header.nodes + 1 + edges + header.nodes;
    const start = 4 + headerLength + paddingAfter(headerLength);
    if (buffer.length !== start + int32Count * 4 + edges * 2) return undefined;
    // A copy, aligned for the typed arrays, that the lexicon owns.
    const arrays = buffer.buffer.slice(buffer.byteOffset + start, buffer.byteOffset + buffer.length);
    let at = 0;
    const int32s = (count: number) => new Int32Array(arrays, (at += count * 4) - count * 4, count);
    const offsets = int32s(wordCount + 1);
    const ids = int32s(header.ids);
    const trieArrays: PackedTrieArrays = { childStart: int32s(header.nodes + 1), childNodes: int32s(edges), wordAt: int32s(header.nodes), childCodes: new Uint16Array(arrays, at, edges) };
    if (offsets[wordCount] !== header.ids || trieArrays.childStart[header.nodes] !== edges) return undefined;
    let words: string[] | undefined;
    const wordList = () => (words ??= header.words.split('\n'));
    const trie = new PackedTrie(trieArrays);
    return { words: new StoredGlosses(trie, offsets, ids, wordList), lemmaIds: new Map(header.lemmas.map((lemma, id) => [lemma, id])), prefixes: trie };
  } catch {
    return undefined;
  }
}
