import { alignmentToMemory, alignTexts, withTerms } from '../../align/index.js';
import { loadLexicon } from '../lexicon-files.js';
import { getMemoryFormat } from '../../formats/index.js';
import { termPairs } from '../../terms/index.js';
import { choiceOption, type Command, numberOption, stringOption, UsageError } from '../command.js';
import { checkLanguages } from '../language-check.js';
import { readTextFile, writeFileAtomic } from '../files.js';
import { writableText } from '../memory-files.js';
import { loadTermbase } from '../termbase-files.js';
import path from 'node:path';

const FORMATS = ['xliff', 'xliff12', 'tmx', 'jsonl'] as const;

export const alignCommand: Command = {
  name: 'align',
  namespace: 'align',
  options: {
    'source-lang': { type: 'string', arg: 'LANG' },
    'target-lang': { type: 'string', arg: 'LANG' },
    presegmented: { type: 'boolean' },
    terms: { type: 'string', arg: 'FILE' },
    format: { type: 'string', arg: 'xliff|xliff12|tmx|jsonl' },
    out: { type: 'string', arg: 'FILE' },
    'min-score': { type: 'string', arg: 'X' },
  },
  async run(args, context) {
    const { io, t } = context;
    const [sourceFile, targetFile, ...extra] = args.positionals;
    if (sourceFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'SOURCE' }));
    if (targetFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'TARGET' }));
    if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
    const format = choiceOption(args, 'format', FORMATS, 'xliff', t);
    const minScore = numberOption(args, 'min-score', 0.5, t, [0, 1]);
    const sourceText = await readTextFile(io, sourceFile);
    const targetText = await readTextFile(io, targetFile);
    checkLanguages(context, sourceFile, sourceText, targetFile, targetText);
    const termsFile = stringOption(args, 'terms');
    const termbase = termsFile === undefined ? undefined : await loadTermbase(io, termsFile);
    const lexicon = withTerms(await loadLexicon(), termbase ? termPairs(termbase) : []);
    const alignment = alignTexts(sourceText, targetText, { lexicon, presegmented: args.values.presegmented === true });
    const out = stringOption(args, 'out');
    let output: string;
    if (format === 'jsonl') {
      output = alignment.beads.map((bead) => `${JSON.stringify({ source: bead.source, target: bead.target, score: bead.score })}\n`).join('');
    } else {
      const memory = alignmentToMemory({
        ...alignment,
        sourceLang: stringOption(args, 'source-lang') ?? 'zh',
        targetLang: stringOption(args, 'target-lang') ?? 'en',
        sourceDocument: path.basename(sourceFile),
        targetDocument: path.basename(targetFile),
        minScore,
      });
      output = writableText(context, out ?? '<stdout>', getMemoryFormat(format), memory);
    }
    if (out === undefined) io.stdout(output);
    else await writeFileAtomic(io, out, output);
    return 0;
  },
};
