import { InputError } from '../errors.js';
import type { Severity } from '../model/types.js';
import type { Rule } from './rule.js';
import { positionAt } from '../text-position.js';

export type RuleSetting = 'off' | Severity;

export interface CheckConfig {
  /** Rule id → severity ('off' disables) and options. */
  rules: Record<string, { severity: RuleSetting; options: Record<string, unknown> }>;
  /** Termbase files, relative to the config file. */
  terms: string[];
  /** Glob patterns of files, unit ids, and rule ids to leave out. */
  ignore: { files: string[]; units: string[] };
}

const SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'];

/** The defaults of every rule, then the config file's settings on top. */
export function resolveConfig(rules: readonly Rule[], text: string | undefined, fileName = 'tmkit.config.json'): CheckConfig {
  const config: CheckConfig = {
    rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, { severity: rule.meta.defaultSeverity, options: {} }])),
    terms: [],
    ignore: { files: [], units: [] },
  };
  if (text === undefined) return config;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`, { file: fileName });
  }
  const fail = (reason: string): never => {
    throw new InputError(reason, { file: fileName, line: lineOf(text, reason) });
  };
  if (!isObject(raw)) fail('the config must be a JSON object');
  const object = raw as Record<string, unknown>;
  for (const key of Object.keys(object)) if (!['rules', 'terms', 'ignore', '$schema'].includes(key)) fail(`unknown key "${key}" (rules, terms, ignore)`);
  if (object.rules !== undefined) {
    if (!isObject(object.rules)) fail('"rules" must be an object of rule id → setting');
    for (const [id, setting] of Object.entries(object.rules as Record<string, unknown>)) {
      if (!(id in config.rules)) fail(`unknown rule "${id}"`);
      const [severity, options] = Array.isArray(setting) ? setting : [setting, {}];
      if (typeof severity !== 'string' || !SETTINGS.includes(severity)) fail(`rule "${id}": the setting must be one of ${SETTINGS.join(', ')} (or [setting, options])`);
      if (!isObject(options)) fail(`rule "${id}": options must be an object`);
      config.rules[id] = { severity: severity as RuleSetting, options: options as Record<string, unknown> };
    }
  }
  if (object.terms !== undefined) {
    const terms = typeof object.terms === 'string' ? [object.terms] : object.terms;
    if (!Array.isArray(terms) || !terms.every((entry) => typeof entry === 'string')) fail('"terms" must be a path or a list of paths');
    config.terms = terms as string[];
  }
  if (object.ignore !== undefined) {
    if (!isObject(object.ignore)) fail('"ignore" must be an object with "files" and/or "units"');
    const ignore = object.ignore as Record<string, unknown>;
    for (const key of ['files', 'units'] as const) {
      const list = ignore[key] ?? [];
      if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string')) fail(`"ignore.${key}" must be a list of patterns`);
      config.ignore[key] = list as string[];
    }
  }
  return config;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line of the first quoted name in the reason, so the error points into the file. */
function lineOf(text: string, reason: string): number | undefined {
  const quoted = /"([^"]+)"/.exec(reason)?.[1];
  if (!quoted) return undefined;
  const index = text.indexOf(`"${quoted}"`);
  return index === -1 ? undefined : positionAt(text, index).line;
}

/** `*` matches any run of characters, `?` one; a pattern matches the whole name. */
export function globMatches(pattern: string, name: string): boolean {
  const expression = pattern
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '.'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(name);
}
