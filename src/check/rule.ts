import type { Dictionary } from '../terms/dictionary.js';
import type { Severity, Termbase, Unit } from '../model/types.js';

/** A unit as the rules see it: its text flattened, with where it came from. */
export interface CheckedUnit {
  file: string;
  unit: Unit;
  source: string;
  target: string;
  /** False when the unit has no target element at all (untranslated). */
  hasTarget: boolean;
  srcLang: string;
  trgLang: string;
}

export interface Report {
  unit: CheckedUnit;
  /** Key of the message template `rules:<rule id>.<messageId>` in `src/i18n/locales`. */
  messageId: string;
  data?: Record<string, string | number>;
  source?: string;
  expected?: string;
  /** The offending surface form only. */
  found?: string;
  /** Offset of `found` in the unit's target text (or source text when `side` is `source`). */
  offset?: number;
  side?: 'source' | 'target';
}

export interface RuleContext {
  /** Every unit of every checked file, in order: rules that compare units see them all. */
  units: readonly CheckedUnit[];
  termbase?: Termbase;
  /** The rule's options from the config file. */
  options: Readonly<Record<string, unknown>>;
  /** English word lists (Hunspell), when loaded: true for a word correctly spelled in the unit's target language (`en-GB`, `en-US`, `en`). */
  spell?: (word: string, language: string) => boolean;
  /** A Chinese–English dictionary, when one was loaded: term-drift learns renderings with it. */
  dictionary?: Dictionary;
  report(report: Report): void;
}

export type RuleType = 'terminology' | 'consistency' | 'accuracy' | 'fluency' | 'style';

export interface RuleMeta {
  /** Equal to the file name, the test name and the docs page name. */
  id: string;
  type: RuleType;
  defaultSeverity: Severity;
  /** One sentence for `--help`, SARIF and the docs index. */
  description: string;
  /** Whether the rule does anything without a termbase. */
  needsTermbase: boolean;
  /** Message ids this rule reports; each has a template in both locales. */
  messageIds: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
