/**
 * CSV glossaries: a header `zh,en,status,kind,note` (RFC 4180 quoting). Each row gives one
 * English form of the concept named by its Chinese term, with that form's status; rows with the
 * same Chinese term and kind make one concept.
 */
import { InputError } from '../errors.js';
import { TERM_KINDS, TERM_STATUSES } from '../terms/termbase.js';
import type { Concept, Termbase, TermKind, TermStatus } from '../types.js';
import type { ParseOptions, TermbaseFormat } from './format.js';

const HEADER = ['zh', 'en', 'status', 'kind', 'note'];

export const csvTermbaseFormat: TermbaseFormat = {
  id: 'csv',
  extensions: ['csv'],
  sniff: (text) => /^\uFEFF?zh,en,status/.test(text),
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

function parseCsvTermbase(text: string, options: ParseOptions = {}): Termbase {
  const file = options.fileName;
  const rows = parseCsv(text, file);
  const header = rows.shift();
  if (!header || header.cells.map((cell) => cell.trim().toLowerCase()).join(',') !== HEADER.join(',')) {
    throw new InputError(`the header must be "${HEADER.join(',')}"`, { file, line: header?.line ?? 1 });
  }
  const concepts = new Map<string, Concept>();
  for (const { line, cells } of rows) {
    if (cells.length !== HEADER.length) throw new InputError(`expected ${HEADER.length} fields, found ${cells.length}`, { file, line });
    const [zh, en, status, kind, note] = cells.map((cell) => cell.trim());
    if (zh === '' || en === '') throw new InputError('zh and en must not be empty', { file, line });
    if (!TERM_STATUSES.includes(status as TermStatus)) throw new InputError(`unknown status "${status}" (one of ${TERM_STATUSES.join(', ')})`, { file, line });
    if (!TERM_KINDS.includes(kind as TermKind)) throw new InputError(`unknown kind "${kind}" (one of ${TERM_KINDS.join(', ')})`, { file, line });
    const key = `${zh}\u0000${kind}`;
    let concept = concepts.get(key);
    if (!concept) {
      concept = { id: `c${concepts.size + 1}`, kind: kind as TermKind, terms: [{ text: zh, lang: 'zh', status: 'preferred' }] };
      concepts.set(key, concept);
    }
    concept.terms.push({ text: en, lang: 'en', status: status as TermStatus, ...(note ? { note } : {}) });
  }
  return { srcLang: 'zh', trgLang: 'en', concepts: [...concepts.values()] };
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function serializeCsvTermbase(termbase: Termbase): string {
  const rows = [HEADER.join(',')];
  for (const concept of termbase.concepts) {
    const sources = concept.terms.filter((term) => term.lang.split('-')[0] === termbase.srcLang.split('-')[0] && (term.status === 'preferred' || term.status === 'admitted'));
    const targets = concept.terms.filter((term) => term.lang.split('-')[0] === termbase.trgLang.split('-')[0]);
    for (const source of sources) {
      for (const target of targets) rows.push([source.text, target.text, target.status, concept.kind, target.note ?? ''].map(quote).join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}
