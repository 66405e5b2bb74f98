/**
 * Language tags compared as BCP 47 means them, through Intl.Locale: case aside, `_` read as `-`,
 * aliases resolved. A tag Intl.Locale rejects (TMX's `*all*`) is compared as written, case aside.
 */
import { remembered } from '../collections.js';

const localeOf = remembered((tag: string): { tag: string; language: string } => {
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-'));
    return { tag: locale.toString().toLowerCase(), language: locale.language };
  } catch {
    const lower = tag.toLowerCase();
    return { tag: lower, language: lower.split(/[-_]/)[0] };
  }
});

/** The primary language subtag, lower case: `zh` for `zh-Hans-CN`. */
export function primaryLanguage(tag: string): string {
  return localeOf(tag).language;
}

/** The same language whatever the script or region: `zh-CN` and `zh` are one language. */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

/** The same tag: `zh-CN` and `zh-cn` are equal, `zh` and `zh-CN` are not. */
export function sameLanguageTag(a: string, b: string): boolean {
  return localeOf(a).tag === localeOf(b).tag;
}

/** The same tag, or one is the bare language of the other: `zh` matches `zh-CN`, `zh-CN` does not match `zh-TW`. */
export function languageTagsMatch(a: string, b: string): boolean {
  const left = localeOf(a);
  const right = localeOf(b);
  return left.tag === right.tag || left.language === right.tag || right.language === left.tag;
}
