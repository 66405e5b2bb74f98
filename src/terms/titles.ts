/**
 * Office titles on both sides: the English titles of a text ("Vice Foreign Minister", "the
 * president") and the Chinese words that name an office (总统, 外长, 委员长, 国务卿), so that a title's
 * rendering can be learned from the units themselves.
 */
import { pushTo } from '../collections.js';
import { singular } from '../lang/english-plurals.js';
import { type Dictionary, dictionaryWords } from './dictionary.js';

const RANK_WORDS = 'Vice|Deputy|Acting|Assistant|Executive|Former|First';

/** Titles English writes before or after a name, with their rank and office words, and the words made from them (presidential). */
export const ENGLISH_TITLE = new RegExp(
  String.raw`\b(?:(?:${RANK_WORDS}|Prime|Foreign|Defen[cs]e|Finance|Trade|State|General|Supreme)[\s-]+)*(?:President(?:ial|cy)?|Premier(?:ship)?|Chairman(?:ship)?|Chairwoman|Chairperson|Chairmen|Minister(?:ial)?|Secretary|Chancellor|Governor|Mayor|Speaker|King|Queen|Ambassador|Senator|Councill?or|Director|Commissioner|Leader)s?\b(?:\s+of\s+State)?`,
  'gi',
);

const RANK = new RegExp(String.raw`^(?:(?:${RANK_WORDS})[\s-]+)+`, 'i');

export interface TitleMention {
  text: string;
  start: number;
  /** The office without rank, case or plural: "Vice Foreign Ministers" → "foreign minister". */
  office: string;
}

export function englishTitles(text: string): TitleMention[] {
  return [...text.matchAll(ENGLISH_TITLE)].map((match) => ({ text: match[0], start: match.index!, office: officeOf(match[0]) }));
}

export function officeOf(title: string): string {
  return title
    .replace(RANK, '')
    .toLowerCase()
    .replace(/\bchairmen\b/, 'chairman')
    .replace(/\b(president|minister)(?:ial|cy)\b|\b(premier|chairman)ship\b/, (_, office, holder) => office ?? holder)
    .split(/[\s-]+/)
    .map(singular)
    .join(' ');
}

/**
 * Chinese words that name an office end with one of these: 总统, 主席, 总理, 首相, 部长, 外长, 委员长,
 * 书记, 大使, 议长, 国务卿, 州长, 市长 … (长 "head of", 卿 "minister").
 */
const OFFICE_ENDING = /(?:总统|主席|总理|首相|书记|大使|议员|部长|外长|[会院州市省县局处署厅委团队校社议]长|委员长|国务卿|秘书长|总督|国王|女王|总裁|主任)$/;

export const namesOffice = (word: string) => word.length >= 2 && OFFICE_ENDING.test(word);

/** The office itself, without the rank or time before it: 前总统, 副总统, 代理总统 → 总统. */
export function baseOffice(word: string): string {
  const base = word.replace(/^(?:前|原|副|代理|代|首任|现任|时任|新任)/, '');
  return base !== word && namesOffice(base) ? base : word;
}

/** "foreign minister" → "Foreign Minister". */
export const titleCase = (office: string) => office.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

export interface OfficeAnalysis {
  /** Office words of each unit's source. */
  offices: Array<Array<{ word: string; start: number }>>;
  /** English titles of each unit's target. */
  titles: TitleMention[][];
  /** The office an office word is rendered as in most units that name it (60 % at least, twice at least). */
  usual: Map<string, string>;
  /** How many units name each office word, and how many of them have its usual office. */
  support: Map<string, { units: number; usual: number }>;
}

/** Learns how the units render each office word: 委员长 is "Chairman" in most units that name it. */
export function learnOffices(pairs: ReadonlyArray<{ source: string; target: string }>, dictionary: Dictionary, skip: (word: string) => boolean = () => false): OfficeAnalysis {
  const offices = pairs.map((pair) => officeWords(dictionary, pair.source).filter(({ word }) => !skip(word)));
  const titles = pairs.map((pair) => englishTitles(pair.target));
  const unitsOf = new Map<string, number[]>();
  offices.forEach((words, index) => {
    for (const word of new Set(words.map(({ word }) => word))) pushTo(unitsOf, word, index);
  });
  const usual = new Map<string, string>();
  const support = new Map<string, { units: number; usual: number }>();
  for (const [word, indices] of unitsOf) {
    const counts = new Map<string, number>();
    for (const index of indices) for (const office of new Set(titles[index].map((title) => title.office))) counts.set(office, (counts.get(office) ?? 0) + 1);
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (first && first[1] >= 2 && first[1] >= 0.6 * indices.length && first[1] > (second?.[1] ?? 0)) {
      usual.set(word, first[0]);
      support.set(word, { units: indices.length, usual: first[1] });
    }
  }
  return { offices, titles, usual, support };
}

/** Words of a source that name an office, also inside a longer word (总统 in 总统大选). */
function officeWords(dictionary: Dictionary, source: string): Array<{ word: string; start: number }> {
  const found: Array<{ word: string; start: number }> = [];
  for (const { word, start } of dictionaryWords(dictionary, source)) {
    if (namesOffice(word)) {
      found.push({ word: baseOffice(word), start });
      continue;
    }
    for (let from = 1; from < word.length - 1; from++) {
      const inner = dictionaryWords(dictionary, word.slice(from)).find((candidate) => candidate.start === 0 && namesOffice(candidate.word));
      if (inner) found.push({ word: inner.word, start: start + from });
    }
    const head = dictionaryWords(dictionary, word.slice(0, -1)).filter((candidate) => namesOffice(candidate.word));
    for (const inner of head) found.push({ word: inner.word, start: start + inner.start });
  }
  return found;
}
