import { InputError } from '../../errors.js';
import { hanRatio } from '../../lang/index.js';
import { exportSrx, parseSrx, segment, type SrxRules } from '../../segment/index.js';
import { choiceOption, type Command, stringOption, UsageError } from '../command.js';
import { readTextFile } from '../files.js';

export const segmentCommand: Command = {
  name: 'segment',
  namespace: 'segment',
  options: {
    lang: { type: 'string', arg: 'en|zh' },
    format: { type: 'string', short: 'f', arg: 'text|jsonl' },
    rules: { type: 'string', arg: 'FILE.srx' },
    'export-srx': { type: 'boolean' },
  },
  async run(args, { io, t }) {
    if (args.values['export-srx'] === true) {
      const conflict = args.positionals.length > 0 ? 'FILE' : ['rules', 'lang', 'format'].find((name) => args.values[name] !== undefined);
      if (conflict !== undefined) throw new UsageError(t('common:errors.conflictingOptions', { first: '--export-srx', second: conflict === 'FILE' ? conflict : `--${conflict}` }));
      io.stdout(exportSrx());
      return 0;
    }
    const lang = stringOption(args, 'lang');
    if (lang === undefined) throw new UsageError(t('segment:errors.noLang'));
    if (lang !== 'en' && lang !== 'zh') throw new UsageError(t('common:errors.badChoice', { option: '--lang', value: lang, choices: 'en, zh' }));
    const format = choiceOption(args, 'format', ['text', 'jsonl'] as const, 'text', t);
    if (args.positionals.length > 1) throw new UsageError(t('common:errors.tooManyArguments', { extra: args.positionals.slice(1).join(' ') }));
    const rulesFile = stringOption(args, 'rules');
    let rules: SrxRules | undefined;
    if (rulesFile !== undefined) {
      try {
        rules = parseSrx(await readTextFile(io, rulesFile), rulesFile);
      } catch (error) {
        throw error instanceof InputError ? error.inFile(rulesFile) : error;
      }
    }
    const text = (await readTextFile(io, args.positionals[0] ?? '-')).replace(/^\uFEFF/, '');
    if (lang === 'en' && hanRatio(text) > 0.5) io.stderr(`tmkit: ${t('segment:warnings.chineseAsEnglish')}\n`);
    const sentences = segment(text, { lang, rules });
    const lines = sentences.map((sentence) =>
      format === 'jsonl' ? JSON.stringify({ index: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text }) : sentence.text,
    );
    if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
