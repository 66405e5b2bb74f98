import { csvTermbaseFormat } from '../../src/formats/csv.js';
import type { CheckedUnit, Report, Rule } from '../../src/check/rule.js';
import { dictionaryFrom } from '../../src/terms/dictionary.js';
import type { Inline, Termbase } from '../../src/types.js';

/** A unit as the rules see it, from plain source and target text (target `null`: no target element). */
export function unit(id: string, source: string, target: string | null, file = 'a.xlf', content?: { source: Inline[]; target: Inline[] }): CheckedUnit {
  return {
    file,
    unit: {
      id,
      segments: [{ source: content?.source ?? [source], ...(target !== null ? { target: content?.target ?? [target] } : {}) }],
      notes: [],
      metadata: {},
    },
    source,
    target: target ?? '',
    hasTarget: target !== null,
    srcLang: 'zh',
    trgLang: 'en',
  };
}

export function termbase(csv: string): Termbase {
  return csvTermbaseFormat.parse(`zh,en,status,kind,note\n${csv}`);
}

/** A small dictionary standing in for CC-CEDICT. */
export const DICTIONARY = dictionaryFrom([
  ['朝鲜', ['North Korea', 'Korea as geographic term']],
  ['中朝', ['Sino-Korean', 'China and North Korea']],
  ['金正恩', ['Kim Jong-un (c. 1983-), supreme leader of North Korea from 2011']],
  ['访问', ['to visit']],
  ['领导人', ['leader']],
  ['巴勒斯坦人', ['Palestinian']],
  ['高德', ['Gao De']],
  ['神', ['God', 'deity']],
  ['罗德', ['Luo De']],
  ['广州', ['see 廣州市|广州市[Guang3 zhou1 Shi4]']],
  ['广州市', ['Guangzhou, capital of Guangdong Province']],
  ['北京', ['Beijing, capital of the People\'s Republic of China']],
  ['特朗普', ['Donald Trump (1946-), US president']],
  ['梅', ['May (name)', 'plum']],
  ['委员长', ['head of a committee']],
  ['副委员长', ['vice-chairperson']],
  ['主席', ['chairperson', 'president']],
]);

export function run(rule: Rule, units: CheckedUnit[], options: { termbase?: Termbase; spell?: (word: string, language: string) => boolean; ruleOptions?: Record<string, unknown> } = {}): Report[] {
  const reports: Report[] = [];
  rule.check({ units, termbase: options.termbase, options: options.ruleOptions ?? {}, spell: options.spell, dictionary: DICTIONARY, report: (report) => reports.push(report) });
  return reports;
}

export const found = (reports: Report[]) => reports.map((report) => [report.unit.unit.id, report.messageId, report.found ?? null, report.expected ?? null]);
