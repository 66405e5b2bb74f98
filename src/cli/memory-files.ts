import { createHash, type Hash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { MEMORY_FORMATS, memoryFormatForFile, readMemory, tmxFormat, type MemoryFormat, xliff12Format, xliff2Format } from '../formats/index.js';
import { prepareForWriting } from '../formats/writable.js';
import { tmxEntries } from '../formats/tmx-entries.js';
import { xliffEntries } from '../formats/xliff-entries.js';
import { deserializeIndex, EntryTableBuilder, memoryEntries, NgramIndex, serializeIndex, type EntryTable, type TmEntry } from '../tm/index.js';
import type { Memory } from '../types.js';
import type { CliIo, CommandContext } from './command.js';
import { decodeText, describeFsError, fileBytes, fileTextChunks, isDirectory, listFiles, resolvePath, writeFileAtomic } from './files.js';

export interface LoadedTm {
  entries: EntryTable;
  index: NgramIndex;
  /** Whether the stored index was used (the memory had not changed). */
  fromCache: boolean;
}

const EXTENSIONS = [...new Set(MEMORY_FORMATS.flatMap((format) => format.extensions))];

/** The files of a memory: one file, or every memory file below a folder. */
export async function memoryFiles(io: CliIo, tmPath: string): Promise<string[]> {
  if (await isDirectory(io, tmPath)) {
    const files = await listFiles(io, tmPath, EXTENSIONS);
    if (files.length === 0) throw new InputError('no translation memory files (XLIFF, TMX) in this folder', { file: tmPath });
    return files;
  }
  return [tmPath];
}

export async function readBytes(io: CliIo, file: string): Promise<Buffer> {
  try {
    return await fs.readFile(resolvePath(io, file));
  } catch (error) {
    throw new InputError(describeFsError(error), { file });
  }
}

export async function readMemories(io: CliIo, tmPath: string): Promise<Array<{ file: string; memory: Memory }>> {
  const files = await memoryFiles(io, tmPath);
  return Promise.all(files.map(async (file) => ({ file, memory: readMemory(decodeText(await readBytes(io, file), file), file) })));
}

/** Where the index of a memory is kept: beside the file, or inside the folder. */
function indexPath(tmPath: string, folder: boolean): string {
  return folder ? path.join(tmPath, '.tmkit-index') : path.join(path.dirname(tmPath), `.${path.basename(tmPath)}.tmkit-index`);
}

/**
 * Loads a memory for lookup. The index is stored next to the memory under the hash of its
 * content and rebuilt when the content changed; a memory that cannot be written to is indexed
 * in memory every time.
 */
export async function loadTm({ io, t }: Pick<CommandContext, 'io' | 't'>, tmPath: string): Promise<LoadedTm> {
  const folder = await isDirectory(io, tmPath);
  const files = await memoryFiles(io, tmPath);
  // Hashed piece by piece: a call that finds its index stored never holds the memory itself.
  const current = memoryHash(tmPath, files);
  for (const file of files) hashFile(io, file, current);
  const hash = current.digest('hex');
  const cacheFile = indexPath(tmPath, folder);
  const cached = await fs.readFile(resolvePath(io, cacheFile)).then(
    (bytes) => deserializeIndex(bytes, hash),
    () => 'stale' as const,
  );
  if (cached === 'damaged') io.stderr(`tmkit: ${t('tm:index.damaged', { file: cacheFile })}\n`);
  else if (cached !== 'stale') return { ...cached, fromCache: true };
  const table = new EntryTableBuilder();
  const sources: string[] = [];
  // The index is stored under the hash of the bytes it was built from, should a file change meanwhile.
  const indexed = memoryHash(tmPath, files);
  for (const file of files) {
    for (const entry of memoryFileEntries(fileTextChunks(io, file, indexed), file)) {
      table.add(entry);
      sources.push(entry.source);
    }
  }
  const entries = table.finish();
  const index = NgramIndex.build(sources);
  await writeFileAtomic(io, cacheFile, serializeIndex(indexed.digest('hex'), entries, index)).catch(() => undefined);
  return { entries, index, fromCache: false };
}

/** The hash a memory's index is stored under, once given the files' bytes in order: their names, then their content. */
function memoryHash(tmPath: string, files: readonly string[]): Hash {
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(tmPath, file));
  return hash;
}

function hashFile(io: CliIo, file: string, hash: Hash): void {
  for (const piece of fileBytes(io, file)) hash.update(piece);
}

/** The entries of one memory file, streamed without its document tree. */
/** Most a memory's root tag is looked for in: its attributes may be long, but not without end. */
const MAX_HEAD_CHARACTERS = 1 << 26;

/** The first pieces of a file, as many as it takes for its root tag to tell its format. */
function headTellingFormat(chunks: Generator<string>): string {
  let head = '';
  for (let next = chunks.next(); !next.done; next = chunks.next()) {
    head += next.value;
    if (head.length >= MAX_HEAD_CHARACTERS || MEMORY_FORMATS.some((format) => format.sniff(head))) break;
  }
  return head;
}

function memoryFileEntries(chunks: Generator<string>, file: string): Iterable<TmEntry> {
  const head = headTellingFormat(chunks);
  const format = memoryFormatForFile(file, head);
  const text = (function* () {
    yield head;
    yield* chunks;
  })();
  if (format === xliff2Format) return xliffEntries(text, file, 'xliff2');
  if (format === xliff12Format) return xliffEntries(text, file, 'xliff12');
  try {
    return tmxEntries(text, file);
  } catch (error) {
    throw error instanceof InputError ? error.inFile(file) : error;
  }
}

/**
 * Writes a memory in a format, atomically, after repairing what the format requires (saying so
 * on standard error) and reading the result back with the reader users will use: a file tmkit
 * cannot read is never written.
 */
export async function writeMemoryFile({ io, t }: Pick<CommandContext, 'io' | 't'>, file: string, format: MemoryFormat, memory: Memory): Promise<void> {
  await writeFileAtomic(io, file, writableText({ io, t }, file, format, memory));
}

/** The text of a memory in a format, repaired and proven readable (see `writeMemoryFile`). */
export function writableText({ io, t }: Pick<CommandContext, 'io' | 't'>, file: string, format: MemoryFormat, memory: Memory): string {
  const { memory: writable, renamedIds } = prepareForWriting(memory, format.id);
  if (renamedIds > 0) io.stderr(`tmkit: ${t('tm:tm.write.renamedIds', { count: renamedIds, file })}\n`);
  const text = format.serialize(writable);
  try {
    const written = readMemory(text, file);
    if (format === tmxFormat) for (const entry of tmxEntries([text], file)) void entry;
    else void memoryEntries(written, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(t('tm:tm.write.unreadable', { reason: error.message }), { file });
  }
  return text;
}

/** Enough of a memory file to hold its root element, its header and a first unit. */
const HEAD_BYTES = 1 << 16;

/**
 * The source languages a memory file may hold, read from its first bytes so that a large memory
 * whose index is stored need not be parsed: XLIFF's declared source language; for TMX, whose
 * header `srclang` some tools get wrong, the languages of its first `<tu>`. Undefined when the head
 * does not tell.
 */
export async function memorySourceLanguages(io: CliIo, file: string): Promise<string[] | undefined> {
  const handle = await fs.open(resolvePath(io, file), 'r').catch((error: unknown) => {
    throw new InputError(describeFsError(error), { file });
  });
  let head: string;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    head = new TextDecoder(utf16).decode(bytes);
  } finally {
    await handle.close();
  }
  const declared = /<xliff\b[^>]*\ssrcLang=["']([^"']+)["']/.exec(head) ?? /<file\b[^>]*\ssource-language=["']([^"']+)["']/.exec(head);
  if (declared) return [declared[1]];
  const firstUnit = /<tu\b[\s\S]*?<\/tu>/.exec(head);
  const languages = firstUnit ? [...firstUnit[0].matchAll(/<tuv\b[^>]*\s(?:xml:)?lang=["']([^"']+)["']/g)].map((match) => match[1]) : [];
  return languages.length > 0 ? languages : undefined;
}
