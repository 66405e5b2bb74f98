/**
 * CSV glossaries (RFC 4180 quoting) with a header naming the columns, in any order: `zh,en,status,kind,note`
 * as tmkit writes them, or the names glossaries use (`source`/`target`, `zh-CN`/`en`, `term`/`translation`).
 * Each row gives one English form of the concept named by its Chinese term, with that form's status
 * (preferred when empty); rows with the same Chinese term and kind make one concept. A row without a
 * kind gets one from its English forms (an office, an organisation, a name, or a term).
 */
import { InputError } from '../errors.js';
import { sameLanguage } from '../lang/language-tag.js';
import { inferKind, TERM_KINDS, TERM_STATUSES } from '../model/termbase.js';
import type { Concept, Termbase, TermKind, TermStatus } from '../model/types.js';
import type { ParseOptions, TermbaseFormat } from './format.js';

const HEADER = ['zh', 'en', 'status', 'kind', 'note'];

export const csvTermbaseFormat: TermbaseFormat = {
  id: 'csv',
  extensions: ['csv'],
  sniff: (text) => /^\uFEFF?[^\n]*\b(?:zh|source|term|chinese)\b[^\n]*,[^\n]*\b(?:en|target|translation|english)\b/i.test(text.slice(0, 1024)),
  parse: parseCsvTermbase,
  serialize: serializeCsvTermbase,
};

/**
 * Rows of RFC 4180 CSV with the line each starts on. Cells are cut out of the text in slices
 * (never grown a character at a time), so a huge field costs about its own size.
 */
export function parseCsv(text: string, fileName?: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const source = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (;;) {
    let cell: string;
    if (source[i] === '"') {
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const close = source.indexOf('"', from);
        if (close === -1) throw new InputError('unterminated quoted field', { file: fileName, line: rowLine });
        parts.push(source.slice(from, close));
        if (source[close + 1] !== '"') {
          i = close + 1;
          break;
        }
        parts.push('"');
        from = close + 2;
      }
      cell = parts.join('');
      line += countLineBreaks(cell);
      if (i < source.length && !',\r\n'.includes(source[i])) throw new InputError('text after a closing quote', { file: fileName, line });
    } else {
      let end = i;
      while (end < source.length && !',\r\n'.includes(source[end])) end++;
      cell = source.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (i >= source.length) break;
    const separator = source[i++];
    if (separator === ',') continue;
    if (separator === '\r' && source[i] === '\n') i++;
    endRow();
    line++;
    rowLine = line;
  }
  endRow();
  return rows;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

type Column = 'zh' | 'en' | 'status' | 'kind' | 'note';

/** Header names glossaries use for each column, lower case; a language code names its language's column. */
const COLUMN_NAMES: Record<Column, readonly string[]> = {
  zh: ['zh', 'zh-cn', 'zh-hans', 'zh-tw', 'zh-hant', 'zh-sg', 'zh-hk', 'chinese', 'source', 'src', 'term', 'source term', 'source_term'],
  en: ['en', 'en-us', 'en-gb', 'english', 'target', 'tgt', 'translation', 'target term', 'target_term'],
  status: ['status', 'state', 'usage'],
  kind: ['kind', 'type', 'category'],
  note: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks'],
};

const KNOWN_COLUMNS = Object.values(COLUMN_NAMES).flat();

/** Where each column is; columns tmkit does not use (a domain, a date) are passed over. */
function readHeader(cells: readonly string[], file: string | undefined, line: number): { at: Partial<Record<Column, number>>; srcLang: string; trgLang: string } {
  const at: Partial<Record<Column, number>> = {};
  const names = cells.map((cell) => cell.trim().toLowerCase());
  names.forEach((name, index) => {
    const column = (Object.keys(COLUMN_NAMES) as Column[]).find((candidate) => COLUMN_NAMES[candidate].includes(name));
    if (column && at[column] === undefined) at[column] = index;
  });
  if (at.zh === undefined || at.en === undefined) {
    throw new InputError(`cannot read the header "${cells.join(',')}": it needs a Chinese and an English column (known columns: ${KNOWN_COLUMNS.join(', ')})`, { file, line });
  }
  const language = (index: number, fallback: string) => (/^[a-z]{2}(?:-[a-z]{2,4})?$/.test(names[index]) ? cells[index].trim() : fallback);
  return { at, srcLang: language(at.zh, 'zh'), trgLang: language(at.en, 'en') };
}

function parseCsvTermbase(text: string, options: ParseOptions = {}): Termbase {
  const file = options.fileName;
  const rows = parseCsv(text, file);
  const header = rows.shift();
  if (!header) throw new InputError(`an empty termbase: the first line must name the columns (known columns: ${KNOWN_COLUMNS.join(', ')})`, { file, line: 1 });
  const { at, srcLang, trgLang } = readHeader(header.cells, file, header.line);
  const concepts = new Map<string, Concept>();
  const inferred: Concept[] = [];
  for (const { line, cells } of rows) {
    if (cells.length !== header.cells.length) throw new InputError(`expected ${header.cells.length} fields, found ${cells.length}`, { file, line });
    const cell = (column: Column) => (at[column] === undefined ? '' : cells[at[column]!].trim());
    const [zh, en, note] = [cell('zh'), cell('en'), cell('note')];
    const status = cell('status').toLowerCase() || 'preferred';
    const kind = cell('kind').toLowerCase();
    if (zh === '' || en === '') throw new InputError('the Chinese and English terms must not be empty', { file, line });
    if (!TERM_STATUSES.includes(status as TermStatus)) throw new InputError(`unknown status ${quoteValue(status)} (one of ${TERM_STATUSES.join(', ')})`, { file, line });
    if (kind !== '' && !TERM_KINDS.includes(kind as TermKind)) throw new InputError(`unknown kind ${quoteValue(kind)} (one of ${TERM_KINDS.join(', ')})`, { file, line });
    const key = `${zh}\u0000${kind}`;
    let concept = concepts.get(key);
    if (!concept) {
      concept = { id: `c${concepts.size + 1}`, kind: (kind || 'term') as TermKind, terms: [{ text: zh, lang: srcLang, status: 'preferred' }] };
      concepts.set(key, concept);
      if (kind === '') inferred.push(concept);
    }
    concept.terms.push({ text: en, lang: trgLang, status: status as TermStatus, ...(note ? { note } : {}) });
  }
  for (const concept of inferred) concept.kind = inferKind(concept.terms.slice(1).map((term) => term.text));
  return { srcLang, trgLang, concepts: [...concepts.values()] };
}

/** A value quoted for a message, cut short: a damaged file may hold a megabyte in one cell. */
function quoteValue(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function serializeCsvTermbase(termbase: Termbase): string {
  const rows = [HEADER.join(',')];
  for (const concept of termbase.concepts) {
    const sources = concept.terms.filter((term) => sameLanguage(term.lang, termbase.srcLang) && (term.status === 'preferred' || term.status === 'admitted'));
    const targets = concept.terms.filter((term) => sameLanguage(term.lang, termbase.trgLang));
    for (const source of sources) {
      for (const target of targets) rows.push([source.text, target.text, target.status, concept.kind, target.note ?? ''].map(quote).join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}
