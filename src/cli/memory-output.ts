import { promises as fs } from 'node:fs';
import { InputError } from '../errors.js';
import { sameLanguage } from '../lang/language-tag.js';
import { extensionOf, getMemoryFormat, MEMORY_FORMATS, type MemoryFormat, memoryFormatForOutput } from '../formats/index.js';
import { addDocument, allUnits } from '../tm/index.js';
import type { Memory } from '../types.js';
import { type CommandContext, UsageError } from './command.js';
import { decodeText, describeFsError, resolvePath } from './files.js';
import { writeMemoryFile } from './memory-files.js';

const FORMAT_NAMES: Readonly<Record<string, string>> = { xliff2: 'XLIFF 2', xliff12: 'XLIFF 1.2', tmx: 'TMX' };

/** What a file name's extension says it holds, or undefined when it names no memory format. */
function formatsOfExtension(file: string): MemoryFormat[] {
  return MEMORY_FORMATS.filter((format) => format.extensions.includes(extensionOf(file)));
}

/**
 * The format to write `out` in: the one named by `option` (which must agree with the extension),
 * else the one the extension implies (`.tmx` TMX, `.xlf`/`.xliff` XLIFF 2).
 */
export function memoryFormatToWrite(context: CommandContext, out: string, option: string, named: string | undefined): MemoryFormat {
  if (named === undefined) return memoryFormatForOutput(out);
  const format = getMemoryFormat(named);
  refuseContradictedExtension(context, out, option, named, format);
  return format;
}

/**
 * A format the extension of `file` contradicts is a usage error: one named by `option` (`format`
 * undefined for one that is no memory, such as jsonl), or, without `option`, the format the
 * output must have (a pre-translated document keeps its own).
 */
export function refuseContradictedExtension({ t }: CommandContext, file: string, option: string | undefined, named: string, format?: MemoryFormat): void {
  const implied = formatsOfExtension(file);
  if (implied.length === 0 || (format !== undefined && implied.includes(format))) return;
  const values = { option: `--${option}`, format: named, file, implied: implied.map((each) => FORMAT_NAMES[each.id]).join(' / ') };
  throw new UsageError(t(option === undefined ? 'common:errors.outputContradictsExtension' : 'common:errors.formatContradictsExtension', values));
}

/** How messages name a memory format. */
export function formatName(format: MemoryFormat): string {
  return FORMAT_NAMES[format.id] ?? format.id;
}

/** Where an aligned document pair goes: the memory already in the file (added to), or a new one. */
export interface MemoryDestination {
  file: string;
  format: MemoryFormat;
  existing?: Memory;
}

/**
 * Reads the memory an aligned pair will be added to, before any aligning: a memory whose content
 * is not what its extension says, or that holds another language pair, is refused. `overwrite`
 * starts a new memory whatever the file holds.
 */
export async function memoryDestination(
  context: CommandContext,
  file: string,
  options: { option: string; named?: string; overwrite: boolean; srcLang: string; trgLang: string },
): Promise<MemoryDestination> {
  const { t } = context;
  const format = memoryFormatToWrite(context, file, options.option, options.named);
  const found = options.overwrite ? undefined : await memoryToExtend(context, file, options.option, options.named, true);
  if (found === undefined) return { file, format };
  const { format: held, memory: existing } = found;
  if (!sameLanguage(existing.srcLang, options.srcLang) || (existing.trgLang !== undefined && !sameLanguage(existing.trgLang, options.trgLang))) {
    throw new InputError(t('common:errors.memoryLanguages', { held: `${existing.srcLang}→${existing.trgLang ?? '?'}`, pair: `${options.srcLang}→${options.trgLang}` }), { file });
  }
  return { file, format: held, existing };
}

/**
 * The memory already in a file that is to grow, with its format (kept as it is: an XLIFF 1.2 `.xlf`
 * stays 1.2), or undefined when there is no file. Content that is no memory, or not what the
 * extension says, is refused, and so is a format named by `option` that would change it.
 */
export async function memoryToExtend(
  context: CommandContext,
  file: string,
  option: string,
  named: string | undefined,
  offersOverwrite: boolean,
): Promise<{ format: MemoryFormat; memory: Memory } | undefined> {
  const { io } = context;
  const t = (key: string, values?: Record<string, string>) => `${context.t(key, values)}${offersOverwrite ? context.t('common:errors.overwriteHint') : ''}`;
  const bytes = await fs.readFile(resolvePath(io, file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new InputError(describeFsError(error), { file });
  });
  if (bytes === undefined) return undefined;
  const text = decodeText(bytes, file);
  const held = MEMORY_FORMATS.find((candidate) => candidate.sniff(text));
  if (held === undefined) throw new InputError(t('common:errors.notAMemory'), { file });
  if (!formatsOfExtension(file).includes(held)) {
    throw new InputError(t('common:errors.memoryFormatMismatch', { held: FORMAT_NAMES[held.id], extension: `.${extensionOf(file)}` }), { file });
  }
  if (named !== undefined && held !== getMemoryFormat(named)) {
    throw new UsageError(t('common:errors.memoryFormatChange', { file, held: FORMAT_NAMES[held.id], option: `--${option}`, format: named }));
  }
  try {
    return { format: held, memory: held.parse(text, { fileName: file }) };
  } catch (error) {
    throw error instanceof InputError ? error.inFile(file) : error;
  }
}

/** Writes the aligned pair (a memory of one file) to its destination and returns the line that says what was done. */
export async function writeAlignedMemory(context: CommandContext, destination: MemoryDestination, aligned: Memory): Promise<string> {
  const { t } = context;
  const [document] = aligned.files;
  const { memory, replaced } = destination.existing ? addDocument(destination.existing, document) : { memory: aligned, replaced: false };
  await writeMemoryFile(context, destination.file, destination.format, memory);
  const figures = { file: destination.file, document: document.original ?? document.id, units: allUnits(memory).length };
  const key = destination.existing === undefined ? 'created' : replaced ? 'replaced' : 'added';
  return t(`common:memory.${key}`, figures);
}
