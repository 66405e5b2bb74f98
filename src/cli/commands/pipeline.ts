import path from 'node:path';
import { loadLexicon } from '../lexicon-files.js';
import { alignmentToMemory, alignTexts, withTerms } from '../../align/index.js';
import { FORMAT_IDS } from '../../check/formatters/index.js';
import { termPairs } from '../../terms/index.js';
import { booleanOption, choiceOption, type Command, stringOption, UsageError } from '../command.js';
import { readTextFile } from '../files.js';
import { loadConfig, runCheck, termFilesOf } from '../check-files.js';
import { checkLanguages } from '../language-check.js';
import { memoryDestination, writeAlignedMemory } from '../memory-output.js';
import { refuseOverwritingInputs } from '../output-guard.js';
import { loadTermbase } from '../termbase-files.js';

/**
 * The main job on one article pair: segment both texts, align them, write the translation
 * memory, check it against the termbase and print the report.
 */
export const pipelineCommand: Command = {
  name: 'pipeline',
  namespace: 'common',
  options: {
    memory: { type: 'string', arg: 'FILE.xlf' },
    terms: { type: 'string', arg: 'FILE' },
    format: { type: 'string', short: 'f', arg: 'text|json|…' },
    overwrite: { type: 'boolean' },
    'fail-on-findings': { type: 'boolean' },
  },
  async run(args, context) {
    const { io, t } = context;
    const [sourceFile, targetFile, ...extra] = args.positionals;
    if (sourceFile === undefined || targetFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: sourceFile === undefined ? 'SOURCE' : 'TARGET' }));
    if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
    const memoryFile = stringOption(args, 'memory');
    if (memoryFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: '--memory' }));
    const format = choiceOption(args, 'format', FORMAT_IDS, 'text', t);
    const termsFile = stringOption(args, 'terms');
    const { config, configFile } = await loadConfig({}, io);
    await refuseOverwritingInputs(context, [memoryFile], [sourceFile, targetFile, configFile, ...termFilesOf({ terms: termsFile ? [termsFile] : [] }, config, configFile)]);
    const destination = await memoryDestination(context, memoryFile, { option: 'memory', overwrite: booleanOption(args, 'overwrite'), srcLang: 'zh', trgLang: 'en' });
    const termbase = termsFile === undefined ? undefined : await loadTermbase(io, termsFile);
    const sourceText = await readTextFile(io, sourceFile);
    const targetText = await readTextFile(io, targetFile);
    checkLanguages(context, sourceFile, sourceText, targetFile, targetText);
    const lexicon = withTerms(await loadLexicon(), termbase ? termPairs(termbase) : []);
    const alignment = alignTexts(sourceText, targetText, { lexicon });
    const memory = alignmentToMemory({
      ...alignment,
      sourceLang: 'zh',
      targetLang: 'en',
      sourceDocument: path.basename(sourceFile),
      targetDocument: path.basename(targetFile),
      minScore: 0.5,
    });
    const written = await writeAlignedMemory(context, destination, memory);
    const beads = alignment.beads;
    const count = (predicate: (bead: (typeof beads)[number]) => boolean) => beads.filter(predicate).length;
    if (format === 'text') {
      io.stdout(
        `${t('common:pipeline.segmented', { source: alignment.sourceSentences.length, target: alignment.targetSentences.length })}\n` +
          `${t('common:pipeline.aligned', {
            beads: beads.length,
            oneToOne: count((bead) => bead.source.length === 1 && bead.target.length === 1),
            merged: count((bead) => bead.source.length + bead.target.length > 2 && bead.source.length > 0 && bead.target.length > 0),
            unmatched: count((bead) => bead.source.length === 0 || bead.target.length === 0),
            review: count((bead) => bead.score < 0.5 || bead.source.length === 0 || bead.target.length === 0),
          })}\n` +
          `${written}\n\n`,
      );
    }
    const run = await runCheck({ files: [memoryFile], terms: termsFile ? [termsFile] : [], format, fixBaseline: false }, context);
    io.stdout(run.output);
    return booleanOption(args, 'fail-on-findings') ? run.exitCode : run.exitCode === 2 ? 2 : 0;
  },
};
