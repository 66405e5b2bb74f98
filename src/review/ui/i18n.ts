/** The page speaks the locale the server was started in, from the same catalogues as the CLI. */
import i18next from 'i18next';
import en from '../../i18n/locales/en/review.js';
import zh from '../../i18n/locales/zh-CN/review.js';

const instance = i18next.createInstance();
void instance.init({
  lng: document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en',
  fallbackLng: false,
  resources: { en: { review: en }, 'zh-CN': { review: zh } },
  ns: ['review'],
  defaultNS: 'review',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export const t = (key: string, values?: Record<string, unknown>): string => instance.t(key, values ?? {}) as string;
