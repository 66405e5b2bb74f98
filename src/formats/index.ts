import { InputError } from '../errors.js';
import type { Memory, Termbase } from '../model/types.js';
import { csvTermbaseFormat } from './csv.js';
import type { MemoryFormat, TermbaseFormat } from './format.js';
import { tbxFormat } from './tbx.js';
import { tmxFormat } from './tmx.js';
import { xliff12Format } from './xliff12.js';
import { xliff2Format } from './xliff2.js';

export type { MemoryFormat, ParseOptions, TermbaseFormat } from './format.js';
export { parseXml, serializeXml, escapeAttribute, escapeText } from '../xml/xml.js';
export type { XmlDocument, XmlElement, XmlNode } from '../xml/xml.js';
export { csvTermbaseFormat, tbxFormat, tmxFormat, xliff12Format, xliff2Format };
export { i18nextToMemory, parseResource, ResourceLoss, resourceFileOf } from './i18next.js';
export type { ReleaseOptions, ResourceFile, ResourceLossKind } from './i18next.js';
export { releaseToXliff, withTranslations, xliffToRelease } from './i18next-xliff.js';
export type { ReleaseTranslation } from './i18next-xliff.js';

export const TERMBASE_FORMATS: readonly TermbaseFormat[] = [tbxFormat, csvTermbaseFormat];

export const MEMORY_FORMATS: readonly MemoryFormat[] = [xliff2Format, xliff12Format, tmxFormat];

/** Format ids as the CLI names them (`--format xliff` is XLIFF 2). */
export const MEMORY_FORMAT_ALIASES: Readonly<Record<string, string>> = { xliff: 'xliff2', xliff2: 'xliff2', xliff12: 'xliff12', tmx: 'tmx' };

export function getMemoryFormat(id: string): MemoryFormat {
  const format = MEMORY_FORMATS.find((candidate) => candidate.id === (MEMORY_FORMAT_ALIASES[id] ?? id));
  if (!format) throw new InputError(`unknown format "${id}" (known: ${Object.keys(MEMORY_FORMAT_ALIASES).join(', ')})`);
  return format;
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot === -1 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The format of a file: by content where it tells (an `.xlf` is 1.2 or 2.x), else by extension. */
export function memoryFormatForFile(fileName: string, text: string): MemoryFormat {
  const sniffed = MEMORY_FORMATS.find((format) => format.sniff(text));
  if (sniffed) return sniffed;
  const byExtension = MEMORY_FORMATS.find((format) => format.extensions.includes(extensionOf(fileName)));
  if (byExtension) return byExtension;
  throw new InputError('not a translation memory tmkit reads (XLIFF 1.2, XLIFF 2.x, TMX)', { file: fileName });
}

/** The memory format chosen for an output file name. */
export function memoryFormatForOutput(fileName: string): MemoryFormat {
  const extension = extensionOf(fileName);
  if (extension === 'tmx') return tmxFormat;
  if (['xlf', 'xliff'].includes(extension)) return xliff2Format;
  if (['sdlxliff', 'mqxliff'].includes(extension)) return xliff12Format;
  throw new InputError(`cannot tell the format from the extension ".${extension}" (use .xlf, .xliff or .tmx, or name the format)`, { file: fileName });
}

export function readMemory(text: string, fileName: string): Memory {
  try {
    return memoryFormatForFile(fileName, text).parse(text, { fileName });
  } catch (error) {
    throw error instanceof InputError ? error.inFile(fileName) : error;
  }
}

export function termbaseFormatForFile(fileName: string, text: string): TermbaseFormat {
  const format = TERMBASE_FORMATS.find((candidate) => candidate.extensions.includes(extensionOf(fileName))) ?? TERMBASE_FORMATS.find((candidate) => candidate.sniff(text));
  if (!format) throw new InputError('not a termbase tmkit reads (TBX, or CSV with the header zh,en,status,kind,note)', { file: fileName });
  return format;
}

export function readTermbase(text: string, fileName: string): Termbase {
  try {
    return termbaseFormatForFile(fileName, text).parse(text, { fileName });
  } catch (error) {
    throw error instanceof InputError ? error.inFile(fileName) : error;
  }
}
