import { createHash } from 'node:crypto';
import { EntryTable } from './entry-table.js';
import { NgramIndex, type NgramIndexArrays } from './ngram-index.js';

/**
 * The index and entries of a memory as bytes, so that a later call on an unchanged memory skips
 * parsing and indexing, and reads them without copying or parsing:
 * [magic, 8 bytes][header length, uint32 LE][header JSON][arrays, each 8-byte aligned, little-endian].
 * The header names the content hash and each array's type and length.
 */
const MAGIC = 'TMKIDX03';
const ALIGN = 8;

type ArrayName = keyof NgramIndexArrays | 'entryFields' | 'entryBytes';
type StoredArray = Int32Array | Uint32Array | Uint8Array;

interface Header {
  hash: string;
  arrays: Array<{ name: ArrayName; type: 'int32' | 'uint32' | 'uint8'; length: number }>;
}

export function contentHash(texts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text);
  return hash.digest('hex');
}

/** The stored form, as pieces to write one after the other: the arrays are not copied. */
export function serializeIndex(hash: string, entries: EntryTable, index: NgramIndex): Uint8Array[] {
  const arrays: Array<[ArrayName, StoredArray]> = [...(Object.entries(index.parts()) as Array<[ArrayName, Int32Array]>), ['entryFields', entries.fields], ['entryBytes', entries.bytes]];
  const header: Header = { hash, arrays: arrays.map(([name, array]) => ({ name, type: typeOf(array), length: array.length })) };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
  const pieces: Uint8Array[] = [prefix, headerBytes];
  let size = prefix.length + headerBytes.length;
  const pad = () => {
    const padding = align(size) - size;
    if (padding > 0) pieces.push(new Uint8Array(padding));
    size += padding;
  };
  for (const [, array] of arrays) {
    pad();
    pieces.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    size += array.byteLength;
  }
  return pieces;
}

/** The stored index, or undefined when it is missing, damaged or for other content. The arrays are views of `bytes`. */
export function deserializeIndex(bytes: Uint8Array, hash: string): { entries: EntryTable; index: NgramIndex } | undefined {
  try {
    // Typed views need aligned offsets: a small file read may sit anywhere in Node's buffer pool.
    const data = bytes.byteOffset % ALIGN === 0 ? bytes : bytes.slice();
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const headerLength = buffer.readUInt32LE(MAGIC.length);
    const header = JSON.parse(buffer.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
    if (header.hash !== hash) return undefined;
    let offset = align(MAGIC.length + 4 + headerLength);
    const arrays = new Map<ArrayName, StoredArray>();
    for (const { name, type, length } of header.arrays) {
      const View = type === 'int32' ? Int32Array : type === 'uint32' ? Uint32Array : Uint8Array;
      if (offset + length * View.BYTES_PER_ELEMENT > buffer.byteLength) return undefined;
      arrays.set(name, new View(data.buffer as ArrayBuffer, data.byteOffset + offset, length));
      offset = align(offset + length * View.BYTES_PER_ELEMENT);
    }
    const take = <T extends StoredArray>(name: ArrayName): T => {
      const array = arrays.get(name);
      if (!array) throw new Error(`stored index without ${name}`);
      return array as T;
    };
    const index = new NgramIndex({ slots: take('slots'), offsets: take('offsets'), postings: take('postings'), gramCounts: take('gramCounts'), unitCounts: take('unitCounts'), looseHashes: take('looseHashes') });
    const entries = new EntryTable(take('entryFields'), take('entryBytes'));
    return entries.length === index.size ? { entries, index } : undefined;
  } catch {
    return undefined;
  }
}

function typeOf(array: StoredArray): Header['arrays'][number]['type'] {
  return array instanceof Int32Array ? 'int32' : array instanceof Uint32Array ? 'uint32' : 'uint8';
}

function align(offset: number): number {
  return Math.ceil(offset / ALIGN) * ALIGN;
}
