import { pinyin } from 'pinyin-pro';
import { hasHan } from './script.js';

/** Toneless pinyin, ü written v as romanised names write it ('' for anything but a Han character). */
function tonelessPinyin(char: string): string {
  return hasHan(char) ? pinyin(char, { toneType: 'none' }).replace(/ü/g, 'v') : '';
}

const syllables = new Map<number, string>();

/** The toneless pinyin of the character at `index`, by char code: no string is made per lookup. */
export function pinyinSyllableAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  let value = syllables.get(code);
  if (value === undefined) syllables.set(code, (value = tonelessPinyin(text[index])));
  return value;
}

/** The toneless pinyin of one character (a character outside the BMP is looked up each time: they are rare). */
export function pinyinSyllable(char: string): string {
  return char.length === 1 ? pinyinSyllableAt(char, 0) : tonelessPinyin(char);
}
