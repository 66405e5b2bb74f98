import { TERMBASE_FORMATS } from '../../formats/index.js';
import { extractTermbase } from '../../terms/extract.js';
import { allUnits, unitHasTarget, unitSourceText, unitTargetText } from '../../model/memory.js';
import type { TermKind } from '../../types.js';
import { type Command, numberOption, stringOption, UsageError } from '../command.js';
import { writeFileAtomic } from '../files.js';
import { loadDictionary } from '../lexicon-files.js';
import { readMemories } from '../memory-files.js';
import { refuseOverwritingInputs } from '../output-guard.js';

const ACTIONS = ['extract'] as const;

/** Termbase work: `terms extract` proposes a termbase from aligned memories, for an editor to review. */
export const termsCommand: Command = {
  name: 'terms',
  namespace: 'check',
  options: {
    out: { type: 'string', short: 'o', alias: 'output-file', arg: 'FILE' },
    'min-units': { type: 'string', arg: 'N' },
  },
  async run(args, context) {
    const { io, t } = context;
    const [action, ...memories] = args.positionals;
    if (action === undefined || !(ACTIONS as readonly string[]).includes(action)) throw new UsageError(t('check:terms.badAction', { action: action ?? '', actions: ACTIONS.join(', ') }));
    if (memories.length === 0) throw new UsageError(t('common:errors.missingArgument', { name: 'MEMORY' }));
    const out = stringOption(args, 'out');
    if (out === undefined) throw new UsageError(t('common:errors.missingArgument', { name: '--out' }));
    const extension = out.toLowerCase().split('.').pop() ?? '';
    const format = TERMBASE_FORMATS.find((candidate) => candidate.extensions.includes(extension));
    if (!format) throw new UsageError(t('check:terms.badOut', { file: out }));
    const minUnits = numberOption(args, 'min-units', 2, t, [1, Number.MAX_SAFE_INTEGER]);
    const inputs = (await Promise.all(memories.map((file) => readMemories(io, file)))).flat();
    // The memory files themselves: a termbase may well be written into the folder of the memories.
    await refuseOverwritingInputs(context, [out], inputs.map(({ file }) => file));
    const pairs = inputs.flatMap(({ memory }) => allUnits(memory).flatMap(({ unit }) => (unitHasTarget(unit) ? [{ source: unitSourceText(unit), target: unitTargetText(unit) }] : [])));
    const first = inputs[0].memory;
    const termbase = extractTermbase(pairs, await loadDictionary(), { srcLang: first.srcLang, trgLang: first.trgLang ?? 'en', minUnits });
    await writeFileAtomic(io, out, format.serialize(termbase));
    const count = (kind: TermKind) => termbase.concepts.filter((concept) => concept.kind === kind).length;
    io.stdout(`${t('check:terms.extracted', { count: termbase.concepts.length, names: count('name'), titles: count('title'), orgs: count('org'), terms: count('term'), units: pairs.length, file: out })}\n`);
    return 0;
  },
};
