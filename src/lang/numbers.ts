/**
 * Numbers as they are written in Chinese and English news text, reduced to comparable values:
 * `１２．５` = 12.5, `三千五百` = 3500, `3.5万` = 35000, `百分之五` ↔ `5%`, `9月4日` ↔ `Sep 4`,
 * `six` = 6, `80th` = 80. The aligner uses them as anchors, the checker compares them.
 */

export type NumberKind = 'number' | 'percent' | 'ordinal' | 'year' | 'date';

export interface NumberMention {
  value: number;
  text: string;
  start: number;
  end: number;
  kind: NumberKind;
  /** Dates: the parts that were written (`9月4日` has month and day, no year). */
  year?: number;
  month?: number;
  day?: number;
  /** `20多`, `more than 20`: the value is a lower bound. */
  approximate?: boolean;
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits and punctuation to ASCII, keeping string length (offsets stay valid). */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF05\uFF0C]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code === 0xff0e) return '.';
    if (code === 0xff05) return '%';
    if (code === 0xff0c) return ',';
    return String.fromCharCode(code - 0xff10 + 48);
  });
}

/** `三千五百` → 3500, `二十` → 20, `十五` → 15, `一九四五` → 1945 (digit by digit). */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  if ([...text].every((char) => char in CHINESE_DIGITS) && text.length > 1) {
    return Number([...text].map((char) => CHINESE_DIGITS[char]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in CHINESE_DIGITS) digit = CHINESE_DIGITS[char];
    else if (char in CHINESE_UNITS) {
      section += (digit ?? 1) * CHINESE_UNITS[char];
      digit = undefined;
    } else if (char in CHINESE_BIG_UNITS) {
      total += (section + (digit ?? 0)) * CHINESE_BIG_UNITS[char];
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** Digits may stand apart from their unit by a space, as in text tokenized for machine translation ("2017 年 4 月"). */
const ZH_NUMBER = /(百分之)?([0-9]+(?:[.,][0-9]+){0,15}|[零〇一二两三四五六七八九十百千万亿]+)(万亿|万|亿)?(多|余)?(?:(?<=[0-9]) (?=[%年月日号岁倍个位名次]|周年))?(%|年|月|日|号|周年|岁|倍|个|位|名|次)?/g;

/** Chinese numerals that are words, not numbers: 一些 "some", 一起 "together", 统一 "unify"… */
const NOT_NUMBER_AFTER = new Set([...'些起直样道般切定致同边方面体再旦时度向律共半贯连带系场口处围']);
/** A bare 百 or 千 is a word part far more often than a count: 百姓 "the people", 千万 "by all means". */
const BARE_UNITS = new Set(['百', '千']);
/** 数十 "dozens", 几百 "hundreds", 上千 "thousands of": a unit after these is no number. */
const VAGUE_BEFORE = new Set([...'数几上成']);
/** 周三, 星期五, 礼拜一: the numeral names a weekday, not a count. */
const WEEKDAY_BEFORE = /(?:周|星期|礼拜)$/;

const NOT_NUMBER_BEFORE = new Set([...'统唯万第之专单同不划逐进']);

/** `三分之一` = 1/3, `千分之五` = 5/1000 (`百分之` is a percentage, read with the other numbers). */
const ZH_FRACTION = /([0-9]+|[〇一二两三四五六七八九十千万]+)分之([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)/g;

function chineseFractions(normalized: string, text: string): NumberMention[] {
  const fractions: NumberMention[] = [];
  for (const match of normalized.matchAll(ZH_FRACTION)) {
    const [whole, denominatorText, numeratorText] = match;
    const denominator = /[0-9]/.test(denominatorText) ? Number(denominatorText) : parseChineseNumeral(denominatorText);
    const numerator = /[0-9]/.test(numeratorText) ? Number(numeratorText) : parseChineseNumeral(numeratorText);
    if (!denominator || numerator === undefined) continue;
    const start = match.index!;
    fractions.push({ value: numerator / denominator, text: text.slice(start, start + whole.length), start, end: start + whole.length, kind: 'number' });
  }
  return fractions;
}

const overlaps = (a: NumberMention, b: NumberMention) => a.start < b.end && b.start < a.end;

function extractChinese(text: string): NumberMention[] {
  const normalized = toHalfWidth(text);
  const fractions = normalized.includes('分之') ? chineseFractions(normalized, text) : [];
  const mentions: NumberMention[] = [];
  for (const match of normalized.matchAll(ZH_NUMBER)) {
    const [whole, percentPrefix, digits, scale, approximate, suffix] = match;
    const start = match.index!;
    const isArabic = /[0-9]/.test(digits);
    if (!isArabic) {
      if (digits.length === 1 && !suffix && !scale && !percentPrefix) {
        const after = normalized[start + whole.length];
        const before = normalized[start - 1];
        if (digits === '一' || digits === '两' || BARE_UNITS.has(digits) || (after && NOT_NUMBER_AFTER.has(after)) || (before && NOT_NUMBER_BEFORE.has(before))) continue;
      }
      if (/^[万亿]/.test(digits)) continue;
      // 零售 "retail", 一一 "one by one", 十分 "very" (十分钟 is ten minutes).
      if (digits === '零' && !suffix) continue;
      if (/^(.)\1$/.test(digits) && !suffix && !scale) continue;
      if (digits === '十' && normalized[start + 1] === '分' && normalized[start + 2] !== '钟') continue;
      if (WEEKDAY_BEFORE.test(normalized.slice(Math.max(0, start - 2), start)) && /^[一二三四五六]$/.test(digits) && !suffix) continue;
      if (/^[十百千万亿]+$/.test(digits) && VAGUE_BEFORE.has(normalized[start - 1] ?? '')) continue;
    }
    let value = isArabic ? Number(digits.replace(/,/g, '')) : parseChineseNumeral(digits);
    if (value === undefined || Number.isNaN(value)) continue;
    if (scale === '万') value *= 1e4;
    else if (scale === '亿') value *= 1e8;
    else if (scale === '万亿') value *= 1e12;
    const mention: NumberMention = { value, text: text.slice(start, start + whole.length), start, end: start + whole.length, kind: 'number' };
    if (approximate) mention.approximate = true;
    if (percentPrefix || suffix === '%') mention.kind = 'percent';
    else if (suffix === '年' && Number.isInteger(value) && value >= 1000 && value <= 2999) {
      mention.kind = 'year';
      mention.year = value;
    } else if (suffix === '月' && Number.isInteger(value) && value >= 1 && value <= 12) {
      mention.kind = 'date';
      mention.month = value;
    } else if ((suffix === '日' || suffix === '号') && Number.isInteger(value) && value >= 1 && value <= 31) {
      mention.kind = 'date';
      mention.day = value;
    } else if (suffix === '周年') mention.kind = 'ordinal';
    if (!fractions.some((fraction) => overlaps(fraction, mention))) mentions.push(mention);
  }
  if (fractions.length > 0) mentions.push(...fractions);
  return mergeChineseDates(mentions.sort((a, b) => a.start - b.start), text);
}

/** `2019年6月` + `4日` → one date mention. */
function mergeChineseDates(mentions: NumberMention[], text: string): NumberMention[] {
  const merged: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const adjacent = previous && /^ ?$/.test(text.slice(previous.end, mention.start));
    const joinable =
      adjacent &&
      ((previous.kind === 'year' && mention.kind === 'date' && mention.month !== undefined) ||
        (previous.kind === 'date' && previous.day === undefined && mention.kind === 'date' && mention.day !== undefined && mention.month === undefined));
    if (joinable) {
      const date: NumberMention = { ...previous, kind: 'date', end: mention.end, text: text.slice(previous.start, mention.end) };
      if (mention.month !== undefined) date.month = mention.month;
      if (mention.day !== undefined) date.day = mention.day;
      date.value = dateValue(date);
      merged[merged.length - 1] = date;
    } else {
      if (mention.kind === 'date') mention.value = dateValue(mention);
      merged.push(mention);
    }
  }
  return merged;
}

/** Comparable value of a date: YYYYMMDD with unknown parts as 0. */
function dateValue(date: NumberMention): number {
  return (date.year ?? 0) * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
  dozen: 12,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};

/** Only words that start with a number word are read, so ordinary words cost no match at all. */
const NUMBER_WORD_START = [...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_WORDS)].sort((a, b) => b.length - a.length).join('|');

const EN_TOKEN = new RegExp(
  `\\b(?:(more than|over|nearly|about|almost|some)\\s+)?(?:([0-9]{1,3}(?:,[0-9]{3}){1,15}(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)(st|nd|rd|th)?(\\s*(?:%|percent|per cent)|\\s+(?:million|billion|trillion|thousand|hundred))?|((?:${NUMBER_WORD_START})(?:-[a-z]+)?))(?!\\w)`,
  'gi',
);

const FRACTION_DENOMINATORS: Record<string, number> = { half: 2, halve: 2, quarter: 4, ...ORDINAL_WORDS, thousandth: 1000 };

/** `one third`, `two-thirds`, `a quarter`, `three tenths`. */
const EN_FRACTION = new RegExp(
  `\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)[\\s-]+(${Object.keys(FRACTION_DENOMINATORS).filter((word) => word !== 'first' && word !== 'second').join('|')})s?\\b`,
  'gi',
);

function englishFractions(text: string): NumberMention[] {
  const fractions: NumberMention[] = [];
  for (const match of text.matchAll(EN_FRACTION)) {
    const [whole, count, denominator] = match;
    const lower = count.toLowerCase();
    const numerator = lower === 'a' || lower === 'an' ? 1 : /[0-9]/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
    const start = match.index!;
    fractions.push({ value: numerator / FRACTION_DENOMINATORS[denominator.toLowerCase()], text: whole, start, end: start + whole.length, kind: 'number' });
  }
  return fractions;
}

const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/** `three hundred` = 300, `ten thousand` = 10000, `two hundred and fifty` = 250: number words read together. */
function mergeNumberWords(mentions: NumberMention[], text: string): NumberMention[] {
  const merged: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const between = previous ? text.slice(previous.end, mention.start) : '';
    const isWord = /^[a-z-]+$/i.test(mention.text);
    const scale = isWord && SCALE_WORDS.has(mention.text.toLowerCase());
    const previousEndsInScale = previous !== undefined && SCALE_WORDS.has(previous.text.slice(previous.text.lastIndexOf(' ') + 1).toLowerCase());
    if (previous && previous.kind === 'number' && mention.kind === 'number' && /^\s+$/.test(between) && scale && previous.value < mention.value) {
      merged[merged.length - 1] = { ...previous, value: previous.value * mention.value, end: mention.end, text: text.slice(previous.start, mention.end) };
    } else if (previous && previousEndsInScale && isWord && mention.kind === 'number' && !scale && /^\s+(?:and\s+)?$/i.test(between) && mention.value < 100) {
      merged[merged.length - 1] = { ...previous, value: previous.value + mention.value, end: mention.end, text: text.slice(previous.start, mention.end) };
    } else merged.push(mention);
  }
  return merged;
}

function extractEnglish(text: string): NumberMention[] {
  const fractions = englishFractions(text);
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(EN_TOKEN)) {
    const [whole, approximate, digits, ordinalSuffix, scale, word] = match;
    const start = match.index! + (approximate ? whole.indexOf(digits ?? word ?? '', approximate.length) : 0);
    const end = match.index! + whole.length;
    let mention: NumberMention | undefined;
    if (digits !== undefined) {
      let value = Number(digits.replace(/,/g, ''));
      const scaleWord = scale?.trim().toLowerCase();
      if (scaleWord && NUMBER_WORDS[scaleWord]) value *= NUMBER_WORDS[scaleWord];
      mention = { value, text: text.slice(start, end), start, end, kind: 'number' };
      if (ordinalSuffix) mention.kind = 'ordinal';
      else if (scaleWord && /%|percent|per cent/.test(scaleWord)) mention.kind = 'percent';
      else if (Number.isInteger(value) && value >= 1000 && value <= 2999 && !digits.includes(',')) {
        mention.kind = 'year';
        mention.year = value;
      }
    } else if (word !== undefined) {
      const lower = word.toLowerCase();
      const parts = lower.split('-');
      if (parts.every((part) => part in NUMBER_WORDS) && !(lower === 'one' || lower === 'second')) {
        mention = { value: parts.reduce((sum, part) => sum + NUMBER_WORDS[part], 0), text: text.slice(start, end), start, end, kind: 'number' };
      } else if (parts.length <= 2 && parts.every((part, index) => (index === parts.length - 1 ? part in ORDINAL_WORDS : part in NUMBER_WORDS)) && lower !== 'second' && lower !== 'first') {
        const value = parts.reduce((sum, part) => sum + (ORDINAL_WORDS[part] ?? NUMBER_WORDS[part]), 0);
        mention = { value, text: text.slice(start, end), start, end, kind: 'ordinal' };
      }
    }
    if (mention && !fractions.some((fraction) => overlaps(fraction, mention))) {
      if (approximate) mention.approximate = true;
      mentions.push(mention);
    }
  }
  const numbers = mergeNumberWords(mentions, text);
  if (fractions.length > 0) numbers.push(...fractions);
  return mergeEnglishDates(numbers.sort((a, b) => a.start - b.start), text);
}

/** A full month name, or an abbreviation with or without its dot (a full name's dot ends the sentence). */
const MONTH_NAME = /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)(?=[\s,.;:!?)]|$)|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=[\s,]|$))/g;

/** `September 4`, `Sep 5, 2025`, `4 September`, `June 2019` become one date mention. */
function mergeEnglishDates(mentions: NumberMention[], text: string): NumberMention[] {
  const result = [...mentions];
  for (const match of text.matchAll(MONTH_NAME)) {
    const name = match[1] ?? match[2];
    // "May" is also a verb: only a date when a day or year is next to it.
    const month = MONTHS[name.toLowerCase()];
    const start = match.index!;
    const end = start + match[0].length;
    const after = result.find((mention) => mention.start > end && /^[\s]*$/.test(text.slice(end, mention.start)) && mention.kind !== 'percent');
    const before = result.find((mention) => mention.end < start && /^\s*(?:of\s+)?$/.test(text.slice(mention.end, start)) && mention.value >= 1 && mention.value <= 31);
    const date: NumberMention = { value: 0, text: '', start, end, kind: 'date', month };
    const used: NumberMention[] = [];
    if (after && Number.isInteger(after.value) && after.value >= 1 && after.value <= 31 && after.kind !== 'year') {
      date.day = after.value;
      date.end = after.end;
      used.push(after);
      const year = result.find((mention) => mention.kind === 'year' && mention.start > after.end && /^,?\s*$/.test(text.slice(after.end, mention.start)));
      if (year) {
        date.year = year.value;
        date.end = year.end;
        used.push(year);
      }
    } else if (before) {
      date.day = before.value;
      date.start = before.start;
      used.push(before);
    } else if (after && after.kind === 'year') {
      date.year = after.value;
      date.end = after.end;
      used.push(after);
    }
    if (used.length === 0 && name === 'May') continue;
    date.text = text.slice(date.start, date.end);
    date.value = dateValue(date);
    for (const mention of used) result.splice(result.indexOf(mention), 1);
    result.push(date);
  }
  return result.sort((a, b) => a.start - b.start);
}

/**
 * English words that say a number without being read as one, since most uses are not counts
 * ("one of", "a second"): they only confirm a number the source gives (两国 → "both countries",
 * 第一次 → "the first time", 七倍 → "sevenfold").
 */
const IMPLIED_NUMBER = /\b(?:(one|once|single|first)|(two|twice|both|pair|couple|double|twin|second)|(thrice|triple|third)|([a-z]+)-?fold)\b/gi;

export function impliedEnglishNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(IMPLIED_NUMBER)) {
    const [whole, one, two, three, times] = match;
    const value = one ? 1 : two ? 2 : three ? 3 : (NUMBER_WORDS[times.toLowerCase()] ?? Number.NaN);
    if (Number.isNaN(value)) continue;
    const start = match.index!;
    mentions.push({ value, text: whole, start, end: start + whole.length, kind: 'number' });
  }
  return mentions;
}

export function extractNumbers(text: string, lang: 'zh' | 'en'): NumberMention[] {
  return lang === 'zh' ? extractChinese(text) : extractEnglish(text);
}

/** Whether two mentions say the same thing (a date matches when the parts both give agree). */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.kind === 'date' || b.kind === 'date') {
    if (a.kind !== 'date' || b.kind !== 'date') {
      const date = a.kind === 'date' ? a : b;
      const other = a.kind === 'date' ? b : a;
      // 七日 is the 7th or seven days: a day alone may be a count.
      const dayAlone = date.year === undefined && date.month === undefined && date.day !== undefined;
      return other.kind === 'year' ? date.year === other.value : dayAlone && (other.kind === 'number' || other.kind === 'ordinal') && date.day === other.value;
    }
    const parts = ['year', 'month', 'day'] as const;
    return parts.every((part) => a[part] === undefined || b[part] === undefined || a[part] === b[part]) && parts.some((part) => a[part] !== undefined && b[part] !== undefined);
  }
  return Math.abs(a.value - b.value) < 1e-9;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A source number written as English writes it, in the style of an English example where there is
 * one: 9月4日 → "Sep 4" beside "Sep 5", "4 September" beside "5 September", "September 4" alone;
 * 百分之五 → "5%"; 3.5万 → "35,000".
 */
export function englishForm(mention: NumberMention, example?: string): string {
  if (mention.kind === 'date' && mention.month !== undefined) {
    const full = MONTH_NAMES[mention.month - 1];
    const written = example ? /\b([A-Z][a-z]+)(\.?)/.exec(example) : null;
    const exampleMonth = written ? MONTHS[written[1].toLowerCase()] : undefined;
    const name = exampleMonth === undefined ? full : written![1].length >= full.length ? full : `${full.slice(0, written![1].length)}${written![2]}`;
    const dayFirst = example !== undefined && /^\d/.test(example.trim());
    const parts = mention.day === undefined ? [name] : dayFirst ? [String(mention.day), name] : [name, String(mention.day)];
    const date = parts.join(' ');
    return mention.year === undefined ? date : `${date}${dayFirst || mention.day === undefined ? ' ' : ', '}${mention.year}`;
  }
  if (mention.kind === 'date' && mention.day !== undefined) return String(mention.day);
  if (mention.kind === 'year') return String(mention.year ?? mention.value);
  const digits = mention.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (mention.kind === 'percent') return `${digits}%`;
  return mention.kind === 'ordinal' ? `${digits}${ordinalSuffix(mention.value)}` : digits;
}

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}
