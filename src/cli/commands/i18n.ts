import path from 'node:path';
import { InputError } from '../../errors.js';
import { i18nextToMemory, parseResource, releaseToXliff, ResourceLoss, type ResourceFile, resourceFileOf, withTranslations, xliffToRelease } from '../../formats/index.js';
import { allUnits, leverage } from '../../tm/index.js';
import type { Memory } from '../../types.js';
import { type Command, type CommandContext, type ParsedArgs, stringOption, UsageError } from '../command.js';
import { listFiles, pathExists, readTextFile, writeFileAtomic } from '../files.js';
import { loadTm } from '../memory-files.js';
import { refuseOverwritingInputs } from '../output-guard.js';
import { refuseOtherSourceLanguage } from './leverage.js';

const ACTIONS = ['export', 'import'] as const;
/** The lowest match score `export --tm` offers, as `tmkit leverage` does by default. */
const MIN_SCORE = 75;

/** The i18next ↔ XLIFF bridge: a release out to translators, their translations back in. */
export const i18nCommand: Command = {
  name: 'i18n',
  namespace: 'release',
  options: {
    lng: { type: 'string', arg: 'LNG' },
    to: { type: 'string', arg: 'LNG' },
    out: { type: 'string', short: 'o', alias: 'output-file', arg: 'PATH' },
    tm: { type: 'string', arg: 'PATH' },
  },
  async run(args, context) {
    const [action, ...rest] = args.positionals;
    if (action === undefined || !(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(context.t('release:i18n.badAction', { action: action ?? '', actions: ACTIONS.join(', ') }));
    }
    const stray = action === 'import' ? ['lng', 'to', 'tm'].find((name) => args.values[name] !== undefined) : undefined;
    if (stray !== undefined) throw new UsageError(context.t('common:errors.conflictingOptions', { first: 'i18n import', second: `--${stray}` }));
    const [input, ...extra] = rest;
    if (input === undefined) throw new UsageError(context.t('common:errors.missingArgument', { name: action === 'export' ? 'LOCALES_DIR' : 'FILE' }));
    if (extra.length > 0) throw new UsageError(context.t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
    try {
      return action === 'export' ? await exportRelease(input, args, context) : await importTranslations(input, required(args, 'out', context), context);
    } catch (error) {
      if (error instanceof ResourceLoss) throw new InputError(context.t(`release:i18n.loss.${error.kind}`, { key: error.key }), { file: error.file });
      throw error;
    }
  },
};

async function exportRelease(folder: string, args: ParsedArgs, context: CommandContext): Promise<number> {
  const { io, t } = context;
  const [lng, to, out] = [required(args, 'lng', context), required(args, 'to', context), required(args, 'out', context)];
  const tmPath = stringOption(args, 'tm');
  await refuseOverwritingInputs(context, [out], [folder, tmPath]);
  const found: ResourceFile[] = [];
  for (const file of await listFiles(io, folder, ['json'])) {
    const where = resourceFileOf(path.relative(folder, file));
    const language = where && [lng, to].find((each) => sameTag(each, where.lng));
    if (where) found.push({ lng: language ?? where.lng, ns: where.ns, file, text: await readTextFile(io, file) });
  }
  if (found.length === 0) throw new InputError(t('release:i18n.errors.noResources'), { file: folder });
  if (!found.some((file) => file.lng === lng)) {
    throw new InputError(t('release:i18n.errors.noSource', { language: lng, languages: [...new Set(found.map((file) => file.lng))].join(', ') }), { file: folder });
  }
  const memory = i18nextToMemory(
    found.filter((file) => file.lng === lng || file.lng === to),
    lng,
    to,
    { refuseLosses: true },
  );
  const units = allUnits(memory).length;
  let prefilled: string | undefined;
  if (tmPath !== undefined) {
    await refuseOtherSourceLanguage(context, folder, lng, tmPath);
    const tm = await loadTm(context, tmPath);
    leverage(memory, tm.entries, tm.index, { minScore: MIN_SCORE, overwrite: false });
    prefilled = t('release:i18n.prefilled', leverageCounts(memory));
  }
  await writeFileAtomic(io, out, releaseToXliff(memory));
  io.stdout(`${t('release:i18n.exported', { count: units, namespaces: memory.files.map((file) => file.id).join(', '), file: out })}\n`);
  if (prefilled !== undefined) io.stdout(`${prefilled}\n`);
  return 0;
}

async function importTranslations(file: string, folder: string, context: CommandContext): Promise<number> {
  const { io, t } = context;
  const translation = xliffToRelease(await readTextFile(io, file), file);
  // A release kept as one file per language (`en.json`) gets `zh-CN.json` beside it.
  const flat = [...translation.namespaces.keys()].every((ns) => ns === 'translation') && (await pathExists(io, path.join(folder, `${translation.srcLang}.json`)));
  const outputs = [...translation.namespaces].map(([ns, messages]) => ({ ns, messages, file: flat ? path.join(folder, `${translation.trgLang}.json`) : path.join(folder, translation.trgLang, `${ns}.json`) }));
  await refuseOverwritingInputs(context, outputs.map((output) => output.file), [file]);
  // Every file is read and merged before the first is written: a bad one leaves the release as it was.
  const texts: string[] = [];
  for (const output of outputs) {
    const existing = (await pathExists(io, output.file)) ? parseResource(await readTextFile(io, output.file), output.file) : undefined;
    texts.push(withTranslations(existing, translation.trgLang, output.ns, output.messages));
  }
  for (const [index, output] of outputs.entries()) await writeFileAtomic(io, output.file, texts[index]);
  const count = outputs.reduce((total, output) => total + output.messages.size, 0);
  io.stdout(`${t('release:i18n.imported', { count, units: translation.units, files: outputs.map((output) => output.file).join(', ') })}\n`);
  return 0;
}

function required(args: ParsedArgs, name: string, { t }: CommandContext): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(t('common:errors.missingArgument', { name: `--${name}` }));
  return value;
}

/** Whether two language tags name the same language and region (`zh_CN`, `zh-cn`, `zh-CN`). */
function sameTag(a: string, b: string): boolean {
  const canonical = (tag: string) => {
    try {
      return new Intl.Locale(tag.replace(/_/g, '-')).toString();
    } catch {
      return tag;
    }
  };
  return canonical(a) === canonical(b);
}

function leverageCounts(memory: Memory): { translated: number; fuzzy: number } {
  const filled = allUnits(memory).map(({ unit }) => unit.segments[0]).filter((segment) => segment.candidates?.length);
  const fuzzy = filled.filter((segment) => segment.state === 'initial').length;
  return { translated: filled.length - fuzzy, fuzzy };
}
