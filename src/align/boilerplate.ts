/**
 * Page furniture: mastheads, bylines, agency names, photo credits and publication stamps
 * ("CHINA DAILY", "Published: 2025-09-05", "By Zhang Wei", "Xinhua", "责任编辑：李明") that a news
 * page carries on one side only. Such a line is no sentence of the text: it should stand alone as a
 * 0-1 or 1-0 bead rather than be merged into the headline's or the dateline's bead.
 */

/** Longer lines are text, whatever they look like. */
const MAX_ENGLISH_WORDS = 6;
const MAX_CHINESE_CHARACTERS = 14;

/** Words that open a line of furniture: a stamp, a byline, a credit, an agency. */
const ENGLISH_FURNITURE = /^(published|updated|posted|by|photo|photos|photograph|source|editor|edited|reporter|xinhua|reuters|ap|afp|agencies|staff|file photo|copyright|©)\b/i;
const CHINESE_FURNITURE = /^(责任编辑|编辑|来源|记者|本报记者|新华社|发布时间|更新时间|图|摄影)|摄$/;
/** A sentence ends with one of these (closing quotes and brackets aside); a furniture line does not. */
const SENTENCE_END = /[.?!。？！；;…]["'”’)）」』]*$/;

export function isBoilerplate(text: string, lang: 'zh' | 'en'): boolean {
  const line = text.trim();
  if (line === '' || SENTENCE_END.test(line)) return false;
  if (lang === 'zh') return line.replace(/\s+/g, '').length <= MAX_CHINESE_CHARACTERS && CHINESE_FURNITURE.test(line);
  const words = line.split(/\s+/);
  if (words.length > MAX_ENGLISH_WORDS) return false;
  const letters = line.replace(/[^A-Za-z]/g, '');
  // A masthead or agency line is set in capitals ("CHINA DAILY", "XINHUA"); a heading rarely is.
  return ENGLISH_FURNITURE.test(line) || (letters.length >= 2 && letters === letters.toUpperCase());
}
