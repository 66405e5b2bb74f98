import i18next, { type TFunction } from 'i18next';
import enAlign from './locales/en/align.js';
import enCheck from './locales/en/check.js';
import enCommon from './locales/en/common.js';
import enReport from './locales/en/report.js';
import enRelease from './locales/en/release.js';
import enRules from './locales/en/rules.js';
import enSegment from './locales/en/segment.js';
import enReview from './locales/en/review.js';
import enServer from './locales/en/server.js';
import enTm from './locales/en/tm.js';
import enValidate from './locales/en/validate.js';
import zhAlign from './locales/zh-CN/align.js';
import zhCheck from './locales/zh-CN/check.js';
import zhCommon from './locales/zh-CN/common.js';
import zhReport from './locales/zh-CN/report.js';
import zhRelease from './locales/zh-CN/release.js';
import zhRules from './locales/zh-CN/rules.js';
import zhSegment from './locales/zh-CN/segment.js';
import zhReview from './locales/zh-CN/review.js';
import zhServer from './locales/zh-CN/server.js';
import zhTm from './locales/zh-CN/tm.js';
import zhValidate from './locales/zh-CN/validate.js';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Messages by locale and namespace; one namespace a capability; rule messages are `rules:<rule id>.<message id>`. */
export const RESOURCES = {
  en: { common: enCommon, segment: enSegment, align: enAlign, tm: enTm, check: enCheck, report: enReport, rules: enRules, validate: enValidate, review: enReview, release: enRelease, server: enServer },
  'zh-CN': { common: zhCommon, segment: zhSegment, align: zhAlign, tm: zhTm, check: zhCheck, report: zhReport, rules: zhRules, validate: zhValidate, review: zhReview, release: zhRelease, server: zhServer },
} as const;

export type Translate = TFunction;

/** A translator for one locale. Synchronous: all messages are bundled. */
export function createTranslator(locale: Locale): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: RESOURCES as unknown as Record<string, Record<string, object>>,
    ns: Object.keys(RESOURCES.en),
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance) as Translate;
}

/** `zh_CN.UTF-8`, `zh-Hans` … → `zh-CN`; anything else → `en`. */
export function localeFromEnvironment(lang: string | undefined): Locale {
  return lang && /^zh\b|^zh[-_]/i.test(lang) ? 'zh-CN' : 'en';
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
