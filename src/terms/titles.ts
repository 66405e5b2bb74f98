/**
 * Office titles on both sides: the English titles of a text ("Vice Foreign Minister", "the
 * president") and the Chinese words that name an office (总统, 外长, 委员长, 国务卿), so that a title's
 * rendering can be learned from the units themselves.
 */
import { singular } from '../lang/english-plurals.js';

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
