import { type Hash, randomBytes } from 'node:crypto';
import { closeSync, promises as fs, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../errors.js';
import type { Translate } from '../i18n/i18n.js';
import type { CliIo } from './command.js';
import { positionAt } from '../text-position.js';

export function resolvePath(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}

/**
 * Decodes file bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Invalid UTF-8 and binary data are input errors, never mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withoutNul(decodeUtf16(bytes, 'utf-16le', file), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withoutNul(decodeUtf16(bytes, 'utf-16be', file), file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(invalidUtf8Reason(bytes), { file });
  }
  return withoutNul(text, file);
}

/** NUL is refused in every encoding: no format tmkit reads allows it, and no writer could write it. */
function withoutNul(text: string, file: string): string {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new InputError('binary data (NUL byte), not text', { file, ...positionAt(text, nul) });
  return text;
}

/** UTF-16 after its byte order mark: a cut-off last unit or a lone surrogate is an error, never U+FFFD. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  if (bytes.length % 2 !== 0) throw new InputError(`invalid UTF-16: an odd number of bytes (${bytes.length})`, { file });
  const unitAt = encoding === 'utf-16le' ? (i: number) => bytes[i] | (bytes[i + 1] << 8) : (i: number) => (bytes[i] << 8) | bytes[i + 1];
  for (let i = 2; i < bytes.length; i += 2) {
    const unit = unitAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const paired = unit <= 0xdbff && i + 2 < bytes.length && unitAt(i + 2) >= 0xdc00 && unitAt(i + 2) <= 0xdfff;
    if (!paired) throw new InputError(`invalid UTF-16: lone surrogate ${unit.toString(16).toUpperCase()} at byte ${i}`, { file });
    i += 2;
  }
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
}

/**
 * A file's bytes a piece at a time, read synchronously as they are taken (no waiting on the event
 * loop between pieces). The buffer is reused: each piece must be used before the next is taken.
 */
export function* fileBytes(io: CliIo, file: string, pieceBytes = 1 << 20): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(resolvePath(io, file), 'r');
  } catch (error) {
    throw new InputError(describeFsError(error), { file });
  }
  try {
    const buffer = Buffer.alloc(pieceBytes);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) yield buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a file in pieces, read from disk as they are taken, for readers that stream: never
 * the whole file or text at once (but for UTF-16, rare in large files). Each piece of bytes read
 * is also given to `hash`. Anything `decodeText` would reject is rejected with its message.
 */
export function* fileTextChunks(io: CliIo, file: string, hash?: Hash): Generator<string> {
  const wholeFile = () => readFileSync(resolvePath(io, file));
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let first = true;
  for (const piece of fileBytes(io, file)) {
    if (first && ((piece[0] === 0xff && piece[1] === 0xfe) || (piece[0] === 0xfe && piece[1] === 0xff))) {
      const bytes = wholeFile();
      hash?.update(bytes);
      yield decodeText(bytes, file);
      return;
    }
    first = false;
    hash?.update(piece);
    yield decodeChecked(decoder, piece, true, wholeFile, file);
  }
  yield decodeChecked(decoder, new Uint8Array(0), false, wholeFile, file);
}

/** A piece of UTF-8; on anything `decodeText` would reject, the whole file is decoded to say what and where. */
function decodeChecked(decoder: InstanceType<typeof TextDecoder>, piece: Uint8Array, stream: boolean, wholeFile: () => Uint8Array, file: string): string {
  let text: string;
  try {
    text = decoder.decode(piece, { stream });
  } catch {
    text = '\u0000';
  }
  if (text.includes('\u0000')) decodeText(wholeFile(), file);
  return text;
}

function invalidUtf8Reason(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Find the first bad byte to point at it; a binary search over prefixes stays linear enough.
  let low = 0;
  let high = bytes.length;
  while (high - low > 4) {
    const middle = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  return `invalid UTF-8 near byte ${low}`;
}


/** Reads a text file, or stdin for `-`; failures are one-line input errors naming the file. */
export async function readTextFile(io: CliIo, file: string): Promise<string> {
  if (file === '-') return decodeText(await io.readStdin(), '<stdin>');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(resolvePath(io, file));
  } catch (error) {
    throw new InputError(describeFsError(error), { file });
  }
  return decodeText(bytes, file);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return (error as Error).message ?? String(error);
  }
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a crash
 * or kill never leaves a truncated file and the previous version survives any failure.
 * Content may come in pieces, written in order (a large index is never joined into one buffer).
 */
export async function writeFileAtomic(io: CliIo, file: string, content: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  const target = resolvePath(io, file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new InputError(`cannot write: ${describeFsError(error)}`, { file });
  }
}

export async function pathExists(io: CliIo, file: string): Promise<boolean> {
  return fs.access(resolvePath(io, file)).then(
    () => true,
    () => false,
  );
}

export async function isDirectory(io: CliIo, file: string): Promise<boolean> {
  try {
    return (await fs.stat(resolvePath(io, file))).isDirectory();
  } catch {
    return false;
  }
}

/** Files below a folder (recursively), sorted, whose extension is in `extensions`. */
export async function listFiles(io: CliIo, folder: string, extensions: readonly string[]): Promise<string[]> {
  const root = resolvePath(io, folder);
  let entries: string[];
  try {
    entries = await fs.readdir(root, { recursive: true });
  } catch (error) {
    throw new InputError(describeFsError(error), { file: folder });
  }
  return entries
    .filter((entry) => extensions.includes(path.extname(entry).slice(1).toLowerCase()))
    .filter((entry) => !entry.split(path.sep).some((part) => part.startsWith('.')))
    .sort()
    .map((entry) => path.join(folder, entry));
}

/**
 * Input arguments with quoted glob patterns (`'memory/**\/*.xlf'`) expanded, as ESLint expands
 * them, each pattern's files sorted; other arguments, folders included, stay as given. A pattern
 * that matches no file is an input error rather than nothing to do.
 */
export async function expandGlobs(io: CliIo, inputs: readonly string[], t: Translate): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    if (!isDynamicPattern(input)) {
      expanded.push(input);
      continue;
    }
    const files = await glob([input], { cwd: io.cwd, absolute: path.isAbsolute(input), expandDirectories: false, onlyFiles: true });
    if (files.length === 0) throw new InputError(t('common:errors.noMatch'), { file: input });
    expanded.push(...files.sort());
  }
  return expanded;
}
