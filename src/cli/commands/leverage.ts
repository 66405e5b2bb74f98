import { extensionOf, memoryFormatForFile } from '../../formats/index.js';
import { ANALYSIS_FORMATS, type AnalysisFormat, analysisTotal, BANDS, formatAnalysis, leverage, type LeverageResult } from '../../tm/index.js';
import { InputError } from '../../errors.js';
import { booleanOption, type Command, type CommandContext, scoreOption, stringOption, UsageError } from '../command.js';
import { readTextFile, writeFileAtomic } from '../files.js';
import { loadTm, memoryFiles, memorySourceLanguages, writeMemoryFile } from '../memory-files.js';
import { sameLanguage } from '../../lang/language-tag.js';
import { formatName, refuseContradictedExtension } from '../memory-output.js';
import { refuseOverwritingInputs } from '../output-guard.js';
import { isServerMemory, ServerMemory, TOKEN_FILE_OPTION } from '../server-memory.js';

export const leverageCommand: Command = {
  name: 'leverage',
  namespace: 'tm',
  options: {
    tm: { type: 'string', arg: 'PATH' },
    out: { type: 'string', short: 'o', alias: 'output-file', arg: 'FILE' },
    analysis: { type: 'string', arg: 'FILE.csv|.json' },
    'min-score': { type: 'string', arg: 'N' },
    overwrite: { type: 'boolean' },
    ...TOKEN_FILE_OPTION,
  },
  async run(args, context) {
    const { io, t } = context;
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'FILE' }));
    if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
    const tmPath = stringOption(args, 'tm');
    const out = stringOption(args, 'out');
    if (tmPath === undefined) throw new UsageError(t('common:errors.missingArgument', { name: '--tm' }));
    if (out === undefined) throw new UsageError(t('common:errors.missingArgument', { name: '--out' }));
    const minScore = scoreOption(args, 'min-score', 75, t);
    const analysisFile = stringOption(args, 'analysis');
    const analysisFormat = analysisFile === undefined ? undefined : analysisFormatOf(context, analysisFile);
    const remote = isServerMemory(tmPath);
    await refuseOverwritingInputs(context, [out, analysisFile], [file, remote ? undefined : tmPath]);
    const text = await readTextFile(io, file);
    const format = memoryFormatForFile(file, text);
    refuseContradictedExtension(context, out, undefined, formatName(format), format);
    const document = format.parse(text, { fileName: file });
    const overwrite = booleanOption(args, 'overwrite');
    let result: LeverageResult;
    if (remote) {
      // The server leverages the document as given; it was parsed here to refuse a bad one early.
      result = await (await ServerMemory.open(context, args, tmPath)).leverage(file, Buffer.from(text), minScore, overwrite);
    } else {
      await refuseOtherSourceLanguage(context, file, document.srcLang, tmPath);
      const tm = await loadTm(context, tmPath);
      result = leverage(document, tm.entries, tm.index, { minScore, overwrite });
    }
    await writeMemoryFile(context, out, format, result.memory);
    if (analysisFile !== undefined && analysisFormat !== undefined) await writeFileAtomic(io, analysisFile, formatAnalysis(result.analysis, analysisFormat));
    const total = analysisTotal(result.analysis);
    const rows = [...BANDS.map((band) => [t(`tm:leverage.band.${band}`), result.analysis[band]] as const), ['Σ', total] as const];
    const header = [t('tm:leverage.match'), t('tm:leverage.units'), t('tm:leverage.characters'), t('tm:leverage.words')];
    const table = [header, ...rows.map(([label, count]) => [label, count.units, count.characters, count.words])].map((row) =>
      row.map((cell, index) => (index === 0 ? String(cell).padEnd(12) : String(cell).padStart(13))).join(''),
    );
    io.stdout(`${table.join('\n')}\n${t('tm:leverage.filled', { count: result.filled, file: out })}\n`);
    return 0;
  },
};

/** `--analysis` is written as its extension says: `.csv` or `.json`. */
function analysisFormatOf({ t }: CommandContext, file: string): AnalysisFormat {
  const extension = extensionOf(file);
  if (!(ANALYSIS_FORMATS as readonly string[]).includes(extension)) throw new UsageError(t('tm:leverage.analysisExtension', { file }));
  return extension as AnalysisFormat;
}

/** Matches from a memory of another source language would be nonsense, not fuzzy. */
export async function refuseOtherSourceLanguage({ io, t }: CommandContext, file: string, language: string, tmPath: string): Promise<void> {
  for (const memory of await memoryFiles(io, tmPath)) {
    const languages = await memorySourceLanguages(io, memory);
    if (languages !== undefined && !languages.some((each) => sameLanguage(each, language))) {
      throw new InputError(t('tm:leverage.otherLanguage', { language, memory, memoryLanguage: languages.join('/') }), { file });
    }
  }
}
