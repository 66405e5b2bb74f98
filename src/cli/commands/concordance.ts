import { concordance } from '../../tm/index.js';
import { choiceOption, type Command, stringOption, UsageError } from '../command.js';
import { loadTm } from '../memory-files.js';
import { isServerMemory, ServerMemory, TOKEN_FILE_OPTION } from '../server-memory.js';

export const concordanceCommand: Command = {
  name: 'concordance',
  namespace: 'tm',
  options: {
    tm: { type: 'string', arg: 'PATH' },
    side: { type: 'string', arg: 'source|target' },
    ...TOKEN_FILE_OPTION,
  },
  async run(args, { io, t }) {
    const tmPath = stringOption(args, 'tm');
    if (tmPath === undefined) throw new UsageError(t('common:errors.missingArgument', { name: '--tm' }));
    const [term, ...extra] = args.positionals;
    if (term === undefined || term.trim() === '') throw new UsageError(t('common:errors.missingArgument', { name: 'TERM' }));
    if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
    const side = choiceOption(args, 'side', ['source', 'target', 'both'] as const, 'both', t);
    const hits = isServerMemory(tmPath) ? await (await ServerMemory.open({ io, t }, args, tmPath)).concordance(term, side) : concordance((await loadTm({ io, t }, tmPath)).entries, term, side);
    const width = Math.max(0, ...hits.map((hit) => hit.before.length));
    const lines = hits.map((hit) => `${hit.before.padStart(width)} [${hit.match}] ${hit.after}\n    ${hit.side === 'source' ? hit.target : hit.source}  (${hit.origin})`);
    io.stdout(`${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${t('tm:concordance.count', { count: hits.length, term })}\n`);
    return 0;
  },
};
