import { createHash } from 'node:crypto';
import { EntryTable } from './entry-table.js';
import { NgramIndex, type NgramIndexArrays } from './ngram-index.js';

/**
 * The index and entries of a memory as bytes, so that a later call on an unchanged memory skips
 * parsing and indexing, and reads them without copying or parsing:
 * [magic, 8 bytes][header length, uint32 LE][header JSON][arrays, each 8-byte aligned, little-endian].
 * The header names the memory's content hash, a checksum of the arrays and each array's type
 * and length. Nothing in a stored index is trusted: a damaged or foreign one is refused whole.
 */
const MAGIC = 'TMKIDX04';
const ARRAY_NAMES: readonly ArrayName[] = ['slots', 'offsets', 'postings', 'gramCounts', 'unitCounts', 'looseHashes', 'entryFields', 'entryBytes'];
const ALIGN = 8;

type ArrayName = keyof NgramIndexArrays | 'entryFields' | 'entryBytes';
type StoredArray = Int32Array | Uint32Array | Uint8Array;

interface Header {
  hash: string;
  checksum: string;
  arrays: Array<{ name: ArrayName; type: 'int32' | 'uint32' | 'uint8'; length: number }>;
}

export function contentHash(texts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text);
  return hash.digest('hex');
}

/** The stored form, as pieces to write one after the other: the arrays are not copied. */
export function serializeIndex(hash: string, entries: EntryTable, index: NgramIndex): Uint8Array[] {
  const all: Record<ArrayName, StoredArray> = { ...index.parts(), entryFields: entries.fields, entryBytes: entries.bytes };
  const arrays = ARRAY_NAMES.map((name): [ArrayName, StoredArray] => [name, all[name]]);
  const views = arrays.map(([, array]) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  const header: Header = { hash, checksum: contentHash(views), arrays: arrays.map(([name, array]) => ({ name, type: typeOf(array), length: array.length })) };
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
  for (const view of views) {
    pad();
    pieces.push(view);
    size += view.byteLength;
  }
  return pieces;
}

export type StoredIndex = { entries: EntryTable; index: NgramIndex } | 'stale' | 'damaged';

/**
 * The stored index, 'stale' when it was made for other content or by an earlier version, or 'damaged' when it is not an
 * index this version wrote intact (wrong magic, bad checksum, arrays that do not fit together).
 * The arrays are views of `bytes`.
 */
export function deserializeIndex(bytes: Uint8Array, hash: string): StoredIndex {
  try {
    // Typed views need aligned offsets: a small file read may sit anywhere in Node's buffer pool.
    const data = bytes.byteOffset % ALIGN === 0 ? bytes : bytes.slice();
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (buffer.byteLength < MAGIC.length + 4) return 'damaged';
    const magic = buffer.toString('latin1', 0, MAGIC.length);
    // An earlier version's index is outdated, not damaged.
    if (magic !== MAGIC) return /^TMKIDX\d\d$/.test(magic) ? 'stale' : 'damaged';
    const headerLength = buffer.readUInt32LE(MAGIC.length);
    if (MAGIC.length + 4 + headerLength > buffer.byteLength) return 'damaged';
    const header = JSON.parse(buffer.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
    if (!validHeader(header)) return 'damaged';
    if (header.hash !== hash) return 'stale';
    let offset = align(MAGIC.length + 4 + headerLength);
    const arrays = new Map<ArrayName, StoredArray>();
    for (const { name, type, length } of header.arrays) {
      const View = type === 'int32' ? Int32Array : type === 'uint32' ? Uint32Array : Uint8Array;
      if (offset + length * View.BYTES_PER_ELEMENT > buffer.byteLength) return 'damaged';
      arrays.set(name, new View(data.buffer as ArrayBuffer, data.byteOffset + offset, length));
      offset = align(offset + length * View.BYTES_PER_ELEMENT);
    }
    const take = <T extends StoredArray>(name: ArrayName): T => arrays.get(name) as T;
    if (contentHash(ARRAY_NAMES.map((name) => new Uint8Array(take(name).buffer, take(name).byteOffset, take(name).byteLength))) !== header.checksum) return 'damaged';
    const parts = { slots: take<Int32Array>('slots'), offsets: take<Int32Array>('offsets'), postings: take<Int32Array>('postings'), gramCounts: take<Int32Array>('gramCounts'), unitCounts: take<Int32Array>('unitCounts'), looseHashes: take<Int32Array>('looseHashes') };
    const entries = new EntryTable(take('entryFields'), take('entryBytes'));
    if (!NgramIndex.consistent(parts) || !entries.consistent() || entries.length !== parts.unitCounts.length) return 'damaged';
    return { entries, index: new NgramIndex(parts) };
  } catch {
    return 'damaged';
  }
}

/** Every array named once, in the order written, with the type it is written as. */
function validHeader(header: Header): boolean {
  if (typeof header !== 'object' || header === null || typeof header.hash !== 'string' || typeof header.checksum !== 'string' || !Array.isArray(header.arrays)) return false;
  if (header.arrays.length !== ARRAY_NAMES.length) return false;
  return header.arrays.every(
    (array, i) =>
      array?.name === ARRAY_NAMES[i] &&
      array.type === (i < 6 ? 'int32' : i === 6 ? 'uint32' : 'uint8') &&
      Number.isSafeInteger(array.length) &&
      array.length >= 0,
  );
}

function typeOf(array: StoredArray): Header['arrays'][number]['type'] {
  return array instanceof Int32Array ? 'int32' : array instanceof Uint32Array ? 'uint32' : 'uint8';
}

function align(offset: number): number {
  return Math.ceil(offset / ALIGN) * ALIGN;
}
