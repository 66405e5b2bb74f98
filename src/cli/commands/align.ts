import path from 'node:path';
import { alignmentToMemory, alignTexts, withTerms } from '../../align/index.js';
import { extensionOf, getMemoryFormat } from '../../formats/index.js';
import { termPairs } from '../../terms/index.js';
import { booleanOption, choiceOption, type Command, scoreOption, stringOption, UsageError } from '../command.js';
import { readTextFile, writeFileAtomic } from '../files.js';
import { checkLanguages } from '../language-check.js';
import { loadLexicon } from '../lexicon-files.js';
import { memoryDestination, refuseContradictedExtension, writeAlignedMemory } from '../memory-output.js';
import { refuseOverwritingInputs } from '../output-guard.js';
import { writableText } from '../memory-files.js';
import { loadTermbase } from '../termbase-files.js';

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
  },
  async run(args, context) {
    const { io, t } = context;
    const [sourceFile, targetFile, ...extra] = args.positionals;
    if (sourceFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'SOURCE' }));
    if (targetFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'TARGET' }));
    if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
    const named = stringOption(args, 'format') === undefined ? undefined : choiceOption(args, 'format', FORMATS, 'xliff', t);
    const minScore = scoreOption(args, 'min-score', 50, t) / 100;
    const termsFile = stringOption(args, 'terms');
    const out = stringOption(args, 'out');
    const sourceLang = stringOption(args, 'source-lang') ?? 'zh';
    const targetLang = stringOption(args, 'target-lang') ?? 'en';
    await refuseOverwritingInputs(context, [out], [sourceFile, targetFile, termsFile]);
    const jsonl = named === 'jsonl' || (named === undefined && out !== undefined && extensionOf(out) === 'jsonl');
    if (jsonl && out !== undefined) refuseContradictedExtension(context, out, 'format', 'jsonl');
    const destination =
      out === undefined || jsonl
        ? undefined
        : await memoryDestination(context, out, { option: 'format', named, overwrite: booleanOption(args, 'overwrite'), srcLang: sourceLang, trgLang: targetLang });
    const sourceText = await readTextFile(io, sourceFile);
    const targetText = await readTextFile(io, targetFile);
    checkLanguages(context, sourceFile, sourceText, targetFile, targetText);
    const termbase = termsFile === undefined ? undefined : await loadTermbase(io, termsFile);
    const lexicon = withTerms(await loadLexicon(), termbase ? termPairs(termbase) : []);
    const alignment = alignTexts(sourceText, targetText, { lexicon, presegmented: booleanOption(args, 'presegmented') });
    if (jsonl) {
      const output = alignment.beads.map((bead) => `${JSON.stringify({ source: bead.source, target: bead.target, score: bead.score })}\n`).join('');
      if (out === undefined) io.stdout(output);
      else await writeFileAtomic(io, out, output);
      return 0;
    }
    const memory = alignmentToMemory({
      ...alignment,
      sourceLang,
      targetLang,
      sourceDocument: path.basename(sourceFile),
      targetDocument: path.basename(targetFile),
      minScore,
    });
    if (destination === undefined) io.stdout(writableText(context, '<stdout>', getMemoryFormat(named ?? 'xliff'), memory));
    else io.stdout(`${await writeAlignedMemory(context, destination, memory)}\n`);
    return 0;
  },
};
