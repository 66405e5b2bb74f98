import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createBaseline, parseBaseline, serializeBaseline, withoutBaseline } from '../check/baseline.js';
import { type CheckConfig, resolveConfig } from '../check/config.js';
import { checkMemories, type CheckInput, type CheckOptions, combineReports, summarize } from '../check/engine.js';
import { FORMATTERS } from '../check/formatters/index.js';
import type { CheckReport, FileFailure } from '../check/report.js';
import { RULES } from '../check/rules/index.js';
import { InputError } from '../errors.js';
import { i18nextToMemory, type ResourceFile, resourceFileOf } from '../formats/i18next.js';
import { readMemory } from '../formats/index.js';
import type { Termbase } from '../types.js';
import { VERSION } from '../version.js';
import type { RunCheckOptions } from './check-options.js';
import { checkOnSecondThread, SECOND_THREAD_MIN_BYTES, SECOND_THREAD_RULES } from './check-thread.js';
import type { CliIo, CommandContext } from './command.js';
import { isDirectory, listFiles, pathExists, readTextFile, resolvePath, writeFileAtomic } from './files.js';
import { type EnglishDialect, englishDialects } from '../lang/english-dialects.js';
import { loadDictionary } from './lexicon-files.js';
import { refuseOverwritingInputs } from './output-guard.js';
import { loadTermbase } from './termbase-files.js';

export interface CheckRun {
  report: CheckReport;
  output: string;
  exitCode: number;
  /** More warnings than `maxWarnings` allows. */
  tooManyWarnings: boolean;
}

const CONFIG_FILE = 'tmkit.config.json';
const MEMORY_EXTENSIONS = ['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'tmx'];

/**
 * Reads, checks and reports, as `tmkit check` does. A file that cannot be read is reported and
 * the others are still checked; the exit code is then 2.
 */
export async function runCheck(options: RunCheckOptions, context: CommandContext): Promise<CheckRun> {
  const { io, t } = context;
  const { config, configFile } = await loadConfig(options, io);
  const writesBaseline = options.baseline !== undefined && options.fixBaseline;
  await refuseOverwritingInputs(
    context,
    [options.out, writesBaseline ? options.baseline : undefined],
    [...options.files, ...termFilesOf(options, config, configFile), configFile, writesBaseline ? undefined : options.baseline],
  );
  // A large input is checked on two threads: the second reads the files too and runs its share of the rules.
  const enabled = RULES.filter((rule) => config.rules[rule.meta.id]?.severity !== 'off').map((rule) => SECOND_THREAD_RULES.has(rule.meta.id));
  const split = enabled.includes(true) && enabled.includes(false) && (await inputBytes(options.files, io)) >= SECOND_THREAD_MIN_BYTES;
  const second = split ? checkOnSecondThread(options, io.cwd, context.locale) : undefined;
  let report: CheckReport;
  try {
    report = await checkWith(options, context, second ? (id) => !SECOND_THREAD_RULES.has(id) : () => true);
    if (second) {
      // A thread that could not run (a sandbox without threads, say) leaves its rules to this one.
      const secondReport = await second.report.catch(() => checkWith(options, context, (id) => SECOND_THREAD_RULES.has(id)));
      report = combineReports(report, secondReport, RULES);
    }
  } finally {
    await second?.stop();
  }
  if (options.baseline !== undefined && options.fixBaseline) {
    await writeFileAtomic(io, options.baseline, serializeBaseline(createBaseline(report.findings)));
  } else if (options.baseline !== undefined) {
    const baseline = parseBaseline(await readTextFile(io, options.baseline), options.baseline);
    report.findings = withoutBaseline(report.findings, baseline);
    report.summary = summarize(report.findings, report.summary.files, report.summary.units);
  }
  if (options.quiet) {
    report.findings = report.findings.filter((finding) => finding.severity === 'error');
    report.summary = summarize(report.findings, report.summary.files, report.summary.units);
  }
  const output = FORMATTERS[options.format].format(report, { t, locale: context.locale, color: context.color && options.out === undefined, toolVersion: VERSION });
  const tooManyWarnings = !options.fixBaseline && options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
  const exitCode = report.failures.length > 0 ? 2 : options.fixBaseline ? 0 : report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
  return { report, output, exitCode, tooManyWarnings };
}

/** Reads the config, termbases and files, and checks them with the rules `runs` lets through. */
export async function checkWith(options: RunCheckOptions, context: CommandContext, runs: (ruleId: string) => boolean): Promise<CheckReport> {
  const failures: FileFailure[] = [];
  const inputs = await readInputs(options.files, context, failures);
  return checkMemories(inputs, { ...(await checkOptionsFor(options, context, runs)), failures });
}

/** What checking needs besides the memories: rules, config, termbases, word lists; as `tmkit check` loads them. */
export async function checkOptionsFor(options: Pick<RunCheckOptions, 'config' | 'terms'>, { io, t }: Pick<CommandContext, 'io' | 't'>, runs: (ruleId: string) => boolean = () => true): Promise<CheckOptions> {
  const { config, configFile } = await loadConfig(options, io);
  const termbase = mergeTermbases(await Promise.all(termFilesOf(options, config, configFile).map((file) => loadTermbase(io, file))));
  const enabled = (id: string) => runs(id) && config.rules[id]?.severity !== 'off';
  return {
    rules: RULES.filter((rule) => runs(rule.meta.id)),
    config,
    t,
    termbase,
    spell: enabled('spelling') ? await loadSpeller() : undefined,
    dictionary: enabled('term-drift') ? await loadDictionary() : undefined,
  };
}

/** `--config FILE`, else the nearest `tmkit.config.json` in the working folder or above it, else the defaults. */
export async function loadConfig(options: Pick<RunCheckOptions, 'config'>, io: CliIo): Promise<{ config: CheckConfig; configFile?: string }> {
  const configFile = options.config ?? (await findConfigFile(io));
  return { config: resolveConfig(RULES, configFile === undefined ? undefined : await readTextFile(io, configFile), configFile), configFile };
}

/** As ESLint finds its config: the working folder, then each folder above it up to the root. */
async function findConfigFile(io: CliIo): Promise<string | undefined> {
  for (let folder = resolvePath(io, '.'); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, CONFIG_FILE);
    if (await pathExists(io, candidate)) return path.relative(io.cwd, candidate) || CONFIG_FILE;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** `--terms`, else the termbases the config names (relative to the config file). */
export function termFilesOf(options: Pick<RunCheckOptions, 'terms'>, config: CheckConfig, configFile: string | undefined): readonly string[] {
  return options.terms.length > 0 ? options.terms : config.terms.map((file) => path.join(path.dirname(configFile ?? '.'), file));
}

/** Bytes of the files to check (folders: their memory and resource files); unreadable ones count nothing. */
async function inputBytes(files: readonly string[], io: CliIo): Promise<number> {
  let total = 0;
  for (const file of files) {
    try {
      const listed = (await isDirectory(io, file)) ? await listFiles(io, file, [...MEMORY_EXTENSIONS, 'json']) : [file];
      for (const each of listed) total += (await fs.stat(resolvePath(io, each))).size;
    } catch {
      // Reading it will report the problem.
    }
  }
  return total;
}

function mergeTermbases(termbases: readonly Termbase[]): Termbase | undefined {
  if (termbases.length === 0) return undefined;
  return { srcLang: termbases[0].srcLang, trgLang: termbases[0].trgLang, concepts: termbases.flatMap((termbase) => termbase.concepts) };
}

async function readInputs(files: readonly string[], context: CommandContext, failures: FileFailure[]): Promise<CheckInput[]> {
  const { io } = context;
  const inputs: CheckInput[] = [];
  const resourceFiles: string[] = [];
  const read = async (file: string) => {
    try {
      inputs.push({ file, memory: readMemory(await readTextFile(io, file), file) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push({ file: error.file ?? file, line: error.line, column: error.column, message: error.reason });
    }
  };
  for (const file of files) {
    if (await isDirectory(io, file)) {
      const memories = await listFiles(io, file, MEMORY_EXTENSIONS);
      const resources = await listFiles(io, file, ['json']);
      if (memories.length === 0 && resources.length === 0) throw new InputError(context.t('check:errors.emptyFolder'), { file });
      for (const memory of memories) await read(memory);
      resourceFiles.push(...resources);
    } else if (file.toLowerCase().endsWith('.json')) resourceFiles.push(file);
    else await read(file);
  }
  if (resourceFiles.length > 0) {
    try {
      inputs.push(...(await readRelease(resourceFiles, context)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push({ file: error.file ?? resourceFiles[0], line: error.line, column: error.column, message: error.reason });
    }
  }
  return inputs;
}

/** i18next resource files: the language from a folder (`locales/zh-CN/common.json`) or the file name (`en.json`). */
async function readRelease(files: readonly string[], context: CommandContext): Promise<CheckInput[]> {
  const resources: ResourceFile[] = [];
  for (const file of files) {
    const found = resourceFileOf(file);
    if (!found) throw new InputError(context.t('check:errors.noLanguage'), { file });
    resources.push({ ...found, file, text: await readTextFile(context.io, file) });
  }
  const languages = [...new Set(resources.map((resource) => resource.lng))];
  const source = languages.find((lng) => lng.toLowerCase().startsWith('zh'));
  const target = languages.find((lng) => lng !== source);
  if (!source || !target) throw new InputError(context.t('check:errors.releaseLanguages', { languages: languages.join(', ') }), { file: files[0] });
  const folder = path.dirname(path.dirname(files[0]));
  const memory = i18nextToMemory(resources, source, target);
  return memory.files.map((file) => ({ file: file.original ?? folder, memory: { ...memory, files: [file] } }));
}

type Speller = (word: string, language: string) => boolean;

let speller: Promise<Speller> | undefined;

/** American and British word lists; each is compiled the first time a word is looked up in it. */
async function loadSpeller(): Promise<Speller> {
  speller ??= (async () => {
    const [{ default: nspell }, { default: american }, { default: british }] = await Promise.all([import('nspell'), import('dictionary-en'), import('dictionary-en-gb')]);
    const words = { american, british };
    const compiled: Partial<Record<EnglishDialect, ReturnType<typeof nspell>>> = {};
    const correctIn = (dialect: EnglishDialect, word: string) => (compiled[dialect] ??= nspell({ aff: Buffer.from(words[dialect].aff), dic: Buffer.from(words[dialect].dic) })).correct(word);
    return (word, language) => englishDialects(language).some((dialect) => correctIn(dialect, word));
  })();
  return speller;
}


