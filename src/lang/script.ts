/** Han ideographs (CJK Unified Ideographs and extension A, compatibility ideographs). */
export const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
const HAN_GLOBAL = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g;
const LETTER_GLOBAL = /\p{L}/gu;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Share of letters that are Han characters: 0 for English, close to 1 for Chinese. */
export function hanRatio(text: string): number {
  const letters = text.match(LETTER_GLOBAL)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(HAN_GLOBAL)?.length ?? 0) / letters;
}
