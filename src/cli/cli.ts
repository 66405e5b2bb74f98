import { parseArgs } from 'node:util';
import { createTranslator, isLocale, localeFromEnvironment, type Locale, type Translate } from '../i18n/i18n.js';
import { VERSION } from '../version.js';
import { type CliIo, type Command, type CommandContext, type OptionSpec, type ParsedArgs, UsageError } from './command.js';
import { COMMANDS } from './commands.js';
import { describeError } from './error-line.js';

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  locale: { type: 'string', arg: 'en|zh-CN' },
  'no-color': { type: 'boolean' },
};

/**
 * Runs one command line and returns the exit code: 0 ok, 1 findings, 2 usage or input error.
 * Never throws and never exits the process.
 */
export async function execute(argv: readonly string[], io: CliIo): Promise<number> {
  let t: Translate = createTranslator(localeFromEnvironment(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG));
  try {
    const locale = pickLocale(argv, io, t);
    t = createTranslator(locale);
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(mainHelp(t));
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const entry = COMMANDS.find((candidate) => candidate.name === name);
    if (!entry) {
      if (name.startsWith('-') && isGlobalOption(name)) return execute(withoutGlobalOption(argv), io);
      throw new UsageError(t('common:errors.unknownCommand', { command: name }));
    }
    const command = await entry.load();
    const options = { ...GLOBAL_OPTIONS, ...command.options };
    const parsed = parseCommandLine(rest, options, t);
    if (parsed.values.help === true) {
      io.stdout(commandHelp(command, t));
      return 0;
    }
    const context: CommandContext = {
      io,
      t,
      locale,
      color: parsed.values['no-color'] !== true && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.stdoutIsTTY,
    };
    return await command.run(parsed, context);
  } catch (error) {
    io.stderr(`tmkit: ${describeError(error, t)}\n`);
    return 2;
  }
}

function pickLocale(argv: readonly string[], io: CliIo, t: Translate): Locale {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (index === -1) return localeFromEnvironment(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  const value = argv[index].includes('=') ? argv[index].slice('--locale='.length) : argv[index + 1];
  if (value === undefined || !isLocale(value)) {
    throw new UsageError(t('common:errors.badChoice', { option: '--locale', value: value ?? '', choices: 'en, zh-CN' }));
  }
  return value;
}

function isGlobalOption(arg: string): boolean {
  return arg === '--no-color' || arg === '--locale' || arg.startsWith('--locale=');
}

function withoutGlobalOption(argv: readonly string[]): string[] {
  const [first, ...rest] = argv;
  if (first === '--locale') return [...rest.slice(1), first, rest[0] ?? ''];
  return [...rest, first];
}

/**
 * Parses with Node's tokenizer but judges the tokens itself, so every message is tmkit's, in the
 * user's locale: unknown options, missing values, a value given to a switch, an option repeated.
 */
function parseCommandLine(args: string[], options: Record<string, OptionSpec>, t: Translate): ParsedArgs {
  const names = new Map(Object.entries(options).flatMap(([name, spec]) => [[name, name] as const, ...(spec.alias ? [[spec.alias, name] as const] : [])]));
  const { tokens } = parseArgs({
    args,
    options: Object.fromEntries([...names].map(([given, name]) => [given, parseArgsOption(options[name], given === name)])),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = names.get(token.name);
    if (name === undefined) throw new UsageError(t('common:errors.unknownOption', { option: token.rawName }));
    const spec = options[name];
    const value = spec.type === 'boolean' ? booleanValue(token, t) : stringValue(token, t);
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value as string];
    else if (values[name] !== undefined) throw new UsageError(t('common:errors.repeatedOption', { option: `--${name}` }));
    else values[name] = value;
  }
  return { values, positionals };
}

type OptionToken = { rawName: string; value?: string; inlineValue?: boolean };

function booleanValue(token: OptionToken, t: Translate): true {
  if (token.value !== undefined) throw new UsageError(t('common:errors.noValueExpected', { option: token.rawName }));
  return true;
}

function stringValue(token: OptionToken, t: Translate): string {
  // `--out --format x` is a forgotten value, not a file named "--format"; `--out=--x` says otherwise.
  if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError(t('common:errors.missingValue', { option: token.rawName }));
  return token.value;
}

function parseArgsOption(spec: OptionSpec, withShort: boolean): { type: 'string' | 'boolean'; short?: string } {
  return { type: spec.type, ...(spec.short && withShort ? { short: spec.short } : {}) };
}

function mainHelp(t: Translate): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = [
    t('common:help.usage'),
    '',
    t('common:help.description'),
    '',
    t('common:help.commands'),
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${t(`${command.namespace}:${command.name}.summary`)}`),
    '',
    t('common:help.globalOptions'),
    ...optionLines(GLOBAL_OPTIONS, (name) => t(`common:options.${name}`)),
    `  --version${' '.repeat(14)}${t('common:options.version')}`,
    '',
    t('common:help.more'),
    '',
  ];
  return lines.join('\n');
}

export function commandHelp(command: Command, t: Translate): string {
  const lines = [
    `${t('common:help.usageLabel')} ${t(`${command.namespace}:${command.name}.usage`)}`,
    '',
    t(`${command.namespace}:${command.name}.summary`),
    '',
    t('common:help.options'),
    ...optionLines(command.options, (name) => t(`${command.namespace}:${command.name}.options.${name}`)),
    ...optionLines(GLOBAL_OPTIONS, (name) => t(`common:options.${name}`)),
    '',
  ];
  return lines.join('\n');
}

function optionLines(options: Record<string, OptionSpec>, describe: (name: string) => string): string[] {
  const labels = Object.entries(options).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '';
    const alias = spec.alias ? `, --${spec.alias}` : '';
    const arg = spec.type === 'string' ? ` ${spec.arg ?? 'VALUE'}` : '';
    return [name, `${short}--${name}${alias}${arg}`] as const;
  });
  return labels.map(([name, label]) => `  ${label.padEnd(21)}  ${describe(name)}`);
}
