import { memoryFormatForFile } from '../../formats/index.js';
import { BANDS, leverage } from '../../tm/index.js';
import { booleanOption, type Command, numberOption, stringOption, UsageError } from '../command.js';
import { readTextFile } from '../files.js';
import { loadTm, writeMemoryFile } from '../memory-files.js';

export const leverageCommand: Command = {
  name: 'leverage',
  namespace: 'tm',
  options: {
    tm: { type: 'string', arg: 'PATH' },
    out: { type: 'string', arg: 'FILE' },
    'min-score': { type: 'string', arg: 'N' },
    overwrite: { type: 'boolean' },
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
    const minScore = numberOption(args, 'min-score', 75, t, [0, 101]);
    const text = await readTextFile(io, file);
    const format = memoryFormatForFile(file, text);
    const document = format.parse(text, { fileName: file });
    const tm = await loadTm(context, tmPath);
    const result = leverage(document, tm.entries, tm.index, { minScore, overwrite: booleanOption(args, 'overwrite') });
    await writeMemoryFile(context, out, format, result.memory);
    const rows = BANDS.map((band) => [t(`tm:leverage.band.${band}`), result.analysis[band].units, result.analysis[band].characters, result.analysis[band].words]);
    const total = ['Σ', ...[1, 2, 3].map((column) => rows.reduce((sum, row) => sum + (row[column] as number), 0))];
    const header = [t('tm:leverage.match'), t('tm:leverage.units'), t('tm:leverage.characters'), t('tm:leverage.words')];
    const table = [header, ...rows, total].map((row) => row.map((cell, index) => (index === 0 ? String(cell).padEnd(12) : String(cell).padStart(13))).join(''));
    io.stdout(`${table.join('\n')}\n${t('tm:leverage.filled', { count: result.filled, file: out })}\n`);
    return 0;
  },
};
