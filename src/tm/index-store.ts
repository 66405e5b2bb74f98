import { createHash } from 'node:crypto';
import type { TmEntry } from './entries.js';
import { NgramIndex } from './ngram-index.js';

/**
 * The index and entries of a memory as bytes, so a later call on an unchanged memory skips
 * parsing and indexing: [header length][header JSON][offsets][postings][gram counts] (Int32, LE).
 */
const MAGIC = 'tmkit-index/1';

export function contentHash(texts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text);
  return hash.digest('hex');
}

export function serializeIndex(hash: string, entries: readonly TmEntry[], index: NgramIndex): Uint8Array {
  const parts = index.parts();
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, hash, entries, grams: parts.grams, lengths: [parts.offsets.length, parts.postings.length, parts.gramCounts.length] }));
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(header.length);
  const padding = Buffer.alloc((4 - ((4 + header.length) % 4)) % 4);
  return Buffer.concat([prefix, header, padding, Buffer.from(parts.offsets.buffer, parts.offsets.byteOffset, parts.offsets.byteLength), Buffer.from(parts.postings.buffer, parts.postings.byteOffset, parts.postings.byteLength), Buffer.from(parts.gramCounts.buffer, parts.gramCounts.byteOffset, parts.gramCounts.byteLength)]);
}

/** The stored index, or undefined when it is missing, damaged or for other content. */
export function deserializeIndex(bytes: Uint8Array, hash: string): { entries: TmEntry[]; index: NgramIndex } | undefined {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = buffer.readUInt32LE(0);
    const header = JSON.parse(buffer.subarray(4, 4 + headerLength).toString('utf8')) as { magic: string; hash: string; entries: TmEntry[]; grams: string[]; lengths: [number, number, number] };
    if (header.magic !== MAGIC || header.hash !== hash) return undefined;
    let offset = 4 + headerLength + ((4 - ((4 + headerLength) % 4)) % 4);
    const take = (length: number) => {
      const copy = new Int32Array(length);
      copy.set(new Int32Array(buffer.buffer.slice(buffer.byteOffset + offset, buffer.byteOffset + offset + length * 4)));
      offset += length * 4;
      return copy;
    };
    const [offsets, postings, gramCounts] = header.lengths.map(take);
    return { entries: header.entries, index: NgramIndex.fromParts({ grams: header.grams, offsets, postings, gramCounts }) };
  } catch {
    return undefined;
  }
}
