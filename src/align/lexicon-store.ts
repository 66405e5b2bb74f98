/**
 * The CC-CEDICT lexicon as bytes, so that a process loads it in a fraction of the time it takes
 * to read the dictionary and reduce every gloss: [header length][header JSON][offsets][ids]
 * (Int32, little-endian). The header names the dictionary it was built from, so a stale file is
 * never used.
 */
import { WordPrefixes } from '../lang/longest-match.js';
import type { Lexicon } from './lexicon.js';

/** Changes with the rules that reduce glosses to lemmas (english.ts), so a file built by older rules is not used. */
const MAGIC = 'tmkit-lexicon/2';

interface Header {
  magic: string;
  source: string;
  words: string;
  lemmas: string[];
  ids: number;
}

export function serializeLexicon(lexicon: Lexicon, source: string): Uint8Array {
  const words = [...lexicon.words.keys()];
  const offsets = new Int32Array(words.length + 1);
  words.forEach((word, index) => (offsets[index + 1] = offsets[index] + lexicon.words.get(word)!.length));
  const ids = new Int32Array(offsets[words.length]);
  words.forEach((word, index) => ids.set(lexicon.words.get(word)!, offsets[index]));
  const lemmas = new Array<string>(lexicon.lemmaIds.size);
  for (const [lemma, id] of lexicon.lemmaIds) lemmas[id] = lemma;
  const header: Header = { magic: MAGIC, source, words: words.join('\n'), lemmas, ids: ids.length };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(headerBytes.length);
  const padding = Buffer.alloc((4 - ((4 + headerBytes.length) % 4)) % 4);
  return Buffer.concat([prefix, headerBytes, padding, Buffer.from(offsets.buffer), Buffer.from(ids.buffer)]);
}

/** The stored lexicon, or undefined when the bytes are damaged or were built from another dictionary. */
export function deserializeLexicon(bytes: Uint8Array, source: string): Lexicon | undefined {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = buffer.readUInt32LE(0);
    const header = JSON.parse(buffer.subarray(4, 4 + headerLength).toString('utf8')) as Header;
    if (header.magic !== MAGIC || header.source !== source) return undefined;
    const words = header.words.split('\n');
    const start = 4 + headerLength + ((4 - ((4 + headerLength) % 4)) % 4);
    if (buffer.length !== start + (words.length + 1 + header.ids) * 4) return undefined;
    const arrays = buffer.buffer.slice(buffer.byteOffset + start, buffer.byteOffset + start + (words.length + 1 + header.ids) * 4);
    const offsets = new Int32Array(arrays, 0, words.length + 1);
    const ids = new Int32Array(arrays, (words.length + 1) * 4, header.ids);
    if (offsets[words.length] !== header.ids) return undefined;
    const map = new Map<string, Int32Array>();
    words.forEach((word, index) => map.set(word, ids.subarray(offsets[index], offsets[index + 1])));
    return { words: map, lemmaIds: new Map(header.lemmas.map((lemma, id) => [lemma, id])), prefixes: new WordPrefixes(words) };
  } catch {
    return undefined;
  }
}
