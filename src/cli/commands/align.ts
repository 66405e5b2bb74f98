import { extensionOf, getMemoryFormat } from '../../formats/index.js';
import { alignBatch } from '../align-batch.js';
import { alignFiles, anchorTerms, beadLines, pairLexicon, pairMemory, type PairSettings } from '../align-pair.js';
import { booleanOption, choiceOption, type Command, type CommandContext, type ParsedArgs, scoreOption, stringOption, UsageError } from '../command.js';
import { writeFileAtomic } from '../files.js';
import { memoryDestination, refuseContradictedExtension, writeAlignedMemory } from '../memory-output.js';
import { refuseOverwritingInputs } from '../output-guard.js';
import { writableText } from '../memory-files.js';

const FORMATS = ['xliff', 'xliff12', 'tmx', 'jsonl'] as const;

export const alignCommand: Command = {
  name: 'align',
  namespace: 'align',
  options: {
    'source-lang': { type: 'string', arg: 'LANG' },
    'target-lang': { type: 'string', arg: 'LANG' },
    presegmented: { type: 'boolean' },
    terms: { type: 'string', arg: 'FILE' },
    format: { type: 'string', short: 'f', arg: 'xliff|xliff12|tmx|jsonl' },
    out: { type: 'string', short: 'o', alias: 'output-file', arg: 'FILE' },
    overwrite: { type: 'boolean' },
    'min-score': { type: 'string', arg: 'N' },
    batch: { type: 'string', arg: 'LIST' },
    'out-dir': { type: 'string', arg: 'DIR' },
  },
  async run(args, context) {
    const { t } = context;
    const named = stringOption(args, 'format') === undefined ? undefined : choiceOption(args, 'format', FORMATS, 'xliff', t);
    const settings: PairSettings = {
      presegmented: booleanOption(args, 'presegmented'),
      sourceLang: stringOption(args, 'source-lang') ?? 'zh',
      targetLang: stringOption(args, 'target-lang') ?? 'en',
      minScore: scoreOption(args, 'min-score', 50, t) / 100,
    };
    const list = stringOption(args, 'batch');
    if (list !== undefined) return runBatch(args, context, list, named, settings);
    if (stringOption(args, 'out-dir') !== undefined) throw new UsageError(t('align:batch.outDirAlone'));
    return runPair(args, context, named, settings);
  },
};

async function runPair(args: ParsedArgs, context: CommandContext, named: (typeof FORMATS)[number] | undefined, settings: PairSettings): Promise<number> {
  const { io, t } = context;
  const [sourceFile, targetFile, ...extra] = args.positionals;
  if (sourceFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'SOURCE' }));
  if (targetFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'TARGET' }));
  if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
  const termsFile = stringOption(args, 'terms');
  const out = stringOption(args, 'out');
  await refuseOverwritingInputs(context, [out], [sourceFile, targetFile, termsFile]);
  const jsonl = named === 'jsonl' || (named === undefined && out !== undefined && extensionOf(out) === 'jsonl');
  if (jsonl && out !== undefined) refuseContradictedExtension(context, out, 'format', 'jsonl');
  const destination =
    out === undefined || jsonl
      ? undefined
      : await memoryDestination(context, out, { option: 'format', named, overwrite: booleanOption(args, 'overwrite'), srcLang: settings.sourceLang, trgLang: settings.targetLang });
  const lexicon = pairLexicon(await anchorTerms(context, termsFile));
  const alignment = await alignFiles(context, sourceFile, targetFile, await lexicon, settings);
  if (jsonl) {
    if (out === undefined) io.stdout(beadLines(alignment));
    else await writeFileAtomic(io, out, beadLines(alignment));
    return 0;
  }
  const memory = pairMemory(alignment, settings, sourceFile, targetFile);
  if (destination === undefined) io.stdout(writableText(context, '<stdout>', getMemoryFormat(named ?? 'xliff'), memory));
  else io.stdout(`${await writeAlignedMemory(context, destination, memory)}\n`);
  return 0;
}

function runBatch(args: ParsedArgs, context: CommandContext, list: string, named: (typeof FORMATS)[number] | undefined, settings: PairSettings): Promise<number> {
  const { t } = context;
  const [targetFolder, ...extra] = args.positionals;
  if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
  const out = stringOption(args, 'out');
  const outDir = stringOption(args, 'out-dir');
  if (out !== undefined && outDir !== undefined) throw new UsageError(t('common:errors.conflictingOptions', { first: '--out', second: '--out-dir' }));
  if (out === undefined && outDir === undefined) throw new UsageError(t('align:batch.needsOutput'));
  if (out !== undefined && (named === 'jsonl' || extensionOf(out) === 'jsonl')) throw new UsageError(t('align:batch.jsonlCombined'));
  return alignBatch(context, { list, targetFolder, out, outDir, format: named, overwrite: booleanOption(args, 'overwrite'), termsFile: stringOption(args, 'terms'), settings });
}
