import type { Formatter } from '../report.js';
import { githubFormatter } from './github.js';
import { htmlFormatter } from './html.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { sarifFormatter } from './sarif.js';
import { textFormatter } from './text.js';

export const FORMAT_IDS = ['text', 'json', 'sarif', 'github', 'junit', 'html'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export const FORMATTERS: Record<FormatId, Formatter> = {
  text: textFormatter,
  json: jsonFormatter,
  sarif: sarifFormatter,
  github: githubFormatter,
  junit: junitFormatter,
  html: htmlFormatter,
};

