/**
 * Sentence segmentation for English and Chinese: one linear pass over each line with
 * character tests and set look-ups, no backtracking regular expressions, so a 50 MB line costs
 * the same per byte as a short one. Every newline is a boundary; sentences are trimmed slices
 * of the input with their offsets.
 */
import { hasHan } from '../lang/script.js';
import type { Sentence, SegmentLanguage } from '../types.js';
import { AMBIGUOUS, PREFIXES, SENTENCE_STARTERS, TITLES } from './abbreviations.js';
import { applySrx, type SrxRules } from './srx.js';

export interface SegmentOptions {
  lang: SegmentLanguage;
  /** SRX rules to use instead of the built-in ones. */
  rules?: SrxRules;
}

export function segment(text: string, options: SegmentOptions): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const breaks = options.rules ? applySrx(options.rules, options.lang, line) : options.lang === 'zh' ? chineseBreaks(line) : englishBreaks(line);
    let from = 0;
    for (const to of [...breaks, line.length]) {
      pushTrimmed(sentences, text, lineStart + from, lineStart + to);
      from = to;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0 || code === 0x3000 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0xfeff;
}

const CLOSERS = new Set([...'"\'”’)]}»」』）》】〕〉']);
const OPENERS = new Set([...'"\'“‘([{«「『（《【〔〈¿¡']);

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLower(char: string | undefined): boolean {
  return char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isLetter(char: string | undefined): boolean {
  return isUpper(char) || isLower(char);
}

function isHan(char: string | undefined): boolean {
  return char !== undefined && hasHan(char);
}

/** Offsets (in the line) where English sentences end. */
function englishBreaks(line: string): number[] {
  const list = listMarkers(line);
  if (list.length < 2) return sentenceBreaks(line);
  // "1. The first item 2. The second item": each item is a sentence, its marker no sentence end.
  const inMarker = (position: number) => list.some((marker) => position > marker.start && position <= marker.end);
  const breaks = [...sentenceBreaks(line).filter((position) => !inMarker(position)), ...list.slice(1).map((marker) => marker.start)].sort((a, b) => a - b);
  return breaks.filter((position, index) => index === 0 || line.slice(breaks[index - 1], position).trim() !== '');
}

interface ListMarker {
  start: number;
  end: number;
}

const LIST_MARKER = /(^|\s)((?:[•⁃▪]\s*)?)(\d{1,3}|[a-z])(\.\)|\.|\))(?=\s)/g;

/** Markers of an enumeration that starts the line and counts up by one: 1. 2. 3. or a) b) c). */
function listMarkers(line: string): ListMarker[] {
  if (!LIST_START.test(line)) return [];
  const markers: ListMarker[] = [];
  let expected: string | undefined;
  let style: string | undefined;
  for (const match of line.matchAll(LIST_MARKER)) {
    const start = match.index! + match[1].length;
    const label = match[3];
    if (markers.length === 0) {
      if (line.slice(0, start).trim() !== '') return [];
    } else if (label !== expected || match[4] !== style) continue;
    markers.push({ start, end: start + match[2].length + label.length + match[4].length });
    style = match[4];
    expected = /\d/.test(label) ? String(Number(label) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);
  }
  return markers;
}

const LIST_START = /^\s*(?:[•⁃▪]\s*)?(?:\d{1,3}|[a-z])[.)]/;

/** Offset of the next match of `pattern` (global) at or after `from`, or the line length. */
function nextCandidate(pattern: RegExp, line: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(line)?.index ?? line.length;
}

function sentenceBreaks(line: string): number[] {
  const breaks: number[] = [];
  // The native search jumps from one candidate to the next; the scan below never looks back far.
  const candidates = /[.!?…]/g;
  for (let i = nextCandidate(candidates, line, 0); i < line.length; i = nextCandidate(candidates, line, i + 1)) {
    const char = line[i];
    const ellipsisEnd = char === '.' ? spacedEllipsisEnd(line, i) : i;
    if (ellipsisEnd > i) {
      // "compounds. . . . The practice": a period on the word ends the sentence and the spaced
      // ellipsis opens the next; a free-standing ". . ." ("the thing is . . . I") is a pause.
      const attached = i > 0 && !isSpace(line.charCodeAt(i - 1)) && line[i - 1] !== '.';
      // Four periods end a sentence either way: ". . . . Next" breaks after the ellipsis.
      let next = ellipsisEnd + 1;
      while (next < line.length && isSpace(line.charCodeAt(next))) next++;
      if (ellipsisEnd - i >= 6 && isUpper(line[next])) breaks.push(attached ? i + 1 : ellipsisEnd + 1);
      i = ellipsisEnd;
      continue;
    }
    let end = i;
    let periods = 0;
    let marks = 0;
    while (end < line.length && '.!?…'.includes(line[end])) {
      if (line[end] === '.') periods++;
      else marks++;
      end++;
    }
    while (end < line.length && CLOSERS.has(line[end])) end++;
    const runEnd = end;
    i = runEnd - 1;
    if (runEnd >= line.length) continue;
    let next = runEnd;
    while (next < line.length && isSpace(line.charCodeAt(next))) next++;
    if (next >= line.length) continue;
    const following = line[next];
    if (next === runEnd) {
      if (isGluedSentence(line, runEnd)) breaks.push(runEnd);
      continue;
    }
    if (decideAfterSpace(line, runStart(line, runEnd), periods, marks, following, next, breaks.at(-1) ?? 0)) breaks.push(runEnd);
  }
  return breaks;
}

/** Offset of the last period of a spaced ellipsis (". . .") that starts at `period`, or `period`. */
function spacedEllipsisEnd(line: string, period: number): number {
  let last = period;
  while (line[last + 1] === ' ' && line[last + 2] === '.') last += 2;
  return last;
}

function lastTerminal(line: string, runEnd: number): number {
  let k = runEnd - 1;
  while (k > 0 && CLOSERS.has(line[k])) k--;
  return k;
}

function runStart(line: string, runEnd: number): number {
  let k = lastTerminal(line, runEnd);
  while (k > 0 && '.!?…'.includes(line[k - 1])) k--;
  return k;
}

/** "here.Then" (a period with no space): a break only between a lower-case word and a capitalised one. */
function isGluedSentence(line: string, runEnd: number): boolean {
  const start = runStart(line, runEnd);
  if (line[start] !== '.' || runEnd - start !== 1) return false;
  const before = line[start - 1];
  const after = line[runEnd];
  if (!(isLower(before) || isDigit(before)) || !isUpper(after) || !isLower(line[runEnd + 1])) return false;
  const word = wordBefore(line, start);
  const rest = line.slice(runEnd, line.indexOf(' ', runEnd) === -1 ? line.length : line.indexOf(' ', runEnd));
  if (word.length < 2 || /[@/]/.test(word + rest) || word.includes('.')) return false;
  return !TITLES.has(word.toLowerCase()) && !PREFIXES.has(word.toLowerCase());
}

/** The token just before a period: letters, digits and inner periods ("U.S", "p.m", "Mr"). */
function wordBefore(line: string, period: number): string {
  let k = period;
  while (k > 0 && !isSpace(line.charCodeAt(k - 1)) && !OPENERS.has(line[k - 1]) && line[k - 1] !== '—') k--;
  return line.slice(k, period);
}

function nextWord(line: string, from: number): string {
  let k = from;
  while (k < line.length && OPENERS.has(line[k])) k++;
  let end = k;
  while (end < line.length && (isLetter(line[end]) || line[end] === "'")) end++;
  return line.slice(k, end);
}

function decideAfterSpace(line: string, start: number, periods: number, marks: number, following: string, next: number, sentenceStart: number): boolean {
  const opensSentence = isUpper(following) || isDigit(following) || OPENERS.has(following) || isHan(following);
  // "Bohr […]" (Smith 55)": a parenthesis after a closing quotation mark is a citation, not a new sentence.
  if ((following === '(' || following === '[') && CLOSERS.has(line[next - 1] === ' ' ? line[next - 2] : line[next - 1])) return false;
  const word = wordBefore(line, start);
  const lower = word.toLowerCase().replace(/^[^a-z0-9]+/, '');
  if (isLower(following)) return lowerCaseStartsSentence(line, start, periods, marks, word, line.slice(sentenceStart, start - word.length).trim() === '');
  if (marks > 0 || periods > 1) return opensSentence;
  if (!opensSentence) return false;
  if (isTitle(lower)) return false;
  const after = nextWord(line, next);
  const starter = isUpper(after[0]) && (SENTENCE_STARTERS.has(after.toLowerCase()) || TITLES.has(after.toLowerCase()));
  // "J. Smith" is an initial; "… Plan B. Then" is not.
  if (/^[a-z]$/.test(lower)) return starter;
  if (PREFIXES.has(lower)) return !isDigit(following) && starter;
  if (AMBIGUOUS.has(lower) || /^(?:[a-z]\.){1,15}[a-z]$/.test(lower)) return starter && !isIntroductoryPhrase(line.slice(sentenceStart, start));
  if (/^\d+$/.test(lower) && wordStartsLine(line, start - lower.length)) return false;
  return true;
}

function isTitle(lower: string): boolean {
  return TITLES.has(lower) || TITLES.has(lower.slice(lower.lastIndexOf('.') + 1));
}

/**
 * Web and e-mail text often opens a sentence in lower case ("thanks. see you monday"): after one
 * `.`, `?` or `!` (or `?!`) a lower-case word starts a sentence, unless the token before the
 * period is an abbreviation, an initial or a number an abbreviation refers to ("e.g. the",
 * "approx. ten", "fig. 3. then"; but "we lost 3-2. next time" breaks),
 * the mark belongs to an ellipsis ("wait... what"), a closing quotation mark or bracket says
 * that the words after it go on ("Ready?" she asked; "(as before.) at last"), or the `!` ends a
 * capitalised name inside the sentence ("works at Yahoo! in").
 */
function lowerCaseStartsSentence(line: string, start: number, periods: number, marks: number, word: string, wordOpensSentence: boolean): boolean {
  let end = start;
  while (end < line.length && '.!?…'.includes(line[end])) end++;
  if (line.slice(start, end).includes('…') || periods > 1 || (periods === 1 && marks > 0)) return false;
  if (CLOSERS.has(line[end])) return false;
  if (marks > 0) return !(line[start] === '!' && isUpper(word[0]) && !wordOpensSentence);
  const lower = word.toLowerCase().replace(/^[^a-z0-9]+/, '');
  if (lower === '' || isTitle(lower) || PREFIXES.has(lower) || AMBIGUOUS.has(lower)) return false;
  if (/^\d[\d.,:]*$/.test(lower)) return !isReferenceNumber(line, start - word.length);
  return !/^[a-z]$/.test(lower) && !/^([a-z]\.)+[a-z]$/.test(lower);
}

/** A number that an abbreviation points to ("fig. 3.", "p. 7.") or that opens the line as a list item ("1. the"). */
function isReferenceNumber(line: string, numberStart: number): boolean {
  let k = numberStart;
  while (k > 0 && isSpace(line.charCodeAt(k - 1))) k--;
  if (k === 0) return true;
  if (line[k - 1] !== '.') return false;
  const previous = wordBefore(line, k - 1).toLowerCase();
  return PREFIXES.has(previous) || TITLES.has(previous);
}

const INTRODUCING_PREPOSITIONS = new Set('at on in by before after until till since from around about by near'.split(' '));

/** "At 5 a.m. Mr. Smith left": a short phrase opening with a preposition is no sentence of its own. */
function isIntroductoryPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && INTRODUCING_PREPOSITIONS.has(words[0].toLowerCase());
}

function wordStartsLine(line: string, wordStart: number): boolean {
  return line.slice(0, wordStart).trim() === '';
}

const CHINESE_TERMINALS = new Set([...'。！？!?']);

/** Offsets (in the line) where Chinese sentences end. */
function chineseBreaks(line: string): number[] {
  const breaks: number[] = [];
  let titleDepth = 0;
  const candidates = /[。！？!?….《》]/g;
  for (let i = nextCandidate(candidates, line, 0); i < line.length; i = nextCandidate(candidates, line, i + 1)) {
    const char = line[i];
    if (char === '《') titleDepth++;
    else if (char === '》' && titleDepth > 0) titleDepth--;
    const ellipsis = char === '…' && line[i + 1] === '…';
    const halfWidthPeriod = char === '.' && isLatinSentenceEnd(line, i);
    if (!(CHINESE_TERMINALS.has(char) || ellipsis || halfWidthPeriod) || titleDepth > 0) continue;
    let end = i;
    while (end < line.length && (CHINESE_TERMINALS.has(line[end]) || line[end] === '…' || line[end] === '.')) end++;
    while (end < line.length && CLOSERS.has(line[end])) end++;
    i = end - 1;
    if (end >= line.length) continue;
    let next = end;
    while (next < line.length && isSpace(line.charCodeAt(next))) next++;
    if (next >= line.length) continue;
    // "?” he asked": Latin text inside Chinese follows the English convention.
    if ((char === '?' || char === '!') && isLower(line[next])) continue;
    breaks.push(end);
  }
  return breaks;
}

/** A half-width period in Chinese text ends a sentence only where English would: "… in U.S.A. 他" does not. */
function isLatinSentenceEnd(line: string, period: number): boolean {
  const after = line[period + 1];
  if (after === undefined || !isSpace(after.charCodeAt(0))) return false;
  const word = wordBefore(line, period);
  if (!/^[A-Za-z]{2,}$/.test(word)) return false;
  const lower = word.toLowerCase();
  return !TITLES.has(lower) && !PREFIXES.has(lower) && !AMBIGUOUS.has(lower);
}
