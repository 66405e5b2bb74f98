import { FORMAT_IDS } from '../../check/formatters/index.js';
import { booleanOption, choiceOption, type Command, numberOption, stringOption, UsageError } from '../command.js';
import { expandGlobs, writeFileAtomic } from '../files.js';
import { runCheck } from '../check-files.js';

export const checkCommand: Command = {
  name: 'check',
  namespace: 'check',
  options: {
    terms: { type: 'string', arg: 'FILE', multiple: true },
    config: { type: 'string', arg: 'FILE' },
    format: { type: 'string', short: 'f', arg: FORMAT_IDS.join('|') },
    out: { type: 'string', short: 'o', alias: 'output-file', arg: 'FILE' },
    'max-warnings': { type: 'string', arg: 'N' },
    baseline: { type: 'string', arg: 'FILE' },
    'fix-baseline': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
  async run(args, context) {
    const { t, io } = context;
    if (args.positionals.length === 0) throw new UsageError(t('common:errors.missingArgument', { name: 'FILE' }));
    const fixBaseline = booleanOption(args, 'fix-baseline');
    const baseline = stringOption(args, 'baseline');
    if (fixBaseline && baseline === undefined) throw new UsageError(t('check:errors.fixNeedsBaseline'));
    const out = stringOption(args, 'out');
    const run = await runCheck(
      {
        files: await expandGlobs(io, args.positionals, t),
        terms: (args.values.terms as string[] | undefined) ?? [],
        config: stringOption(args, 'config'),
        format: choiceOption(args, 'format', FORMAT_IDS, 'text', t),
        out,
        maxWarnings: args.values['max-warnings'] === undefined ? undefined : numberOption(args, 'max-warnings', 0, t, [0, Number.MAX_SAFE_INTEGER]),
        baseline,
        fixBaseline,
        quiet: booleanOption(args, 'quiet'),
      },
      context,
    );
    if (out === undefined) io.stdout(run.output);
    else await writeFileAtomic(io, out, run.output);
    for (const failure of run.report.failures) io.stderr(`tmkit: ${failure.file}${failure.line !== undefined ? `:${failure.line}` : ''}${failure.column !== undefined ? `:${failure.column}` : ''}: ${failure.message}\n`);
    if (run.tooManyWarnings) io.stderr(`tmkit: ${t('check:errors.tooManyWarnings', { count: run.report.summary.warnings, max: stringOption(args, 'max-warnings') })}\n`);
    return run.exitCode;
  },
};
