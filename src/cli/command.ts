import type { Locale, Translate } from '../i18n/i18n.js';

/** What a command may touch: everything outside the pure core goes through here. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Buffer>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  /** Whether standard error is a terminal: progress is drawn only there. */
  stderrIsTTY: boolean;
}

export interface CommandContext {
  io: CliIo;
  t: Translate;
  locale: Locale;
  /** False under NO_COLOR, --no-color, or when stdout is not a terminal. */
  color: boolean;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Another long name for the same option (`--output-file` for `--out`, as ESLint names it). */
  alias?: string;
  multiple?: boolean;
  /** Shown in --help after the option name, e.g. `FILE`, `N`. */
  arg?: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/**
 * One CLI command. Its help texts live in the i18n namespace `namespace` under
 * `<name>.summary`, `<name>.usage` and `<name>.options.<option>`.
 */
export interface Command {
  name: string;
  namespace: string;
  options: Record<string, OptionSpec>;
  run(args: ParsedArgs, context: CommandContext): Promise<number>;
}

/** A wrong command line: unknown option, missing argument, bad value. Exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A numeric option within [min, max], or `fallback` when absent. */
export function numberOption(args: ParsedArgs, name: string, fallback: number, t: Translate, range: [number, number] = [-Infinity, Infinity]): number {
  const raw = stringOption(args, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(t('common:errors.badNumber', { option: `--${name}`, value: raw }));
  if (value < range[0] || value > range[1]) throw new UsageError(t('common:errors.outOfRange', { option: `--${name}`, value: raw, min: range[0], max: range[1] }));
  return value;
}

/** A match or confidence score: tmkit uses one scale, 0 to 100, in every option. */
export function scoreOption(args: ParsedArgs, name: string, fallback: number, t: Translate): number {
  return numberOption(args, name, fallback, t, [0, 100]);
}

/** An option restricted to a set of values. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T, t: Translate): T {
  const raw = stringOption(args, name);
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(t('common:errors.badChoice', { option: `--${name}`, value: raw, choices: choices.join(', ') }));
  }
  return raw as T;
}
