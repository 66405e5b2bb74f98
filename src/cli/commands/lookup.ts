import { lookup, type TmMatch } from '../../tm/index.js';
import { choiceOption, type Command, type CommandContext, numberOption, scoreOption, stringOption, UsageError } from '../command.js';
import { readTextFile } from '../files.js';
import { loadTm } from '../memory-files.js';
import { isServerMemory, ServerMemory, TOKEN_FILE_OPTION } from '../server-memory.js';

export const lookupCommand: Command = {
  name: 'lookup',
  namespace: 'tm',
  options: {
    tm: { type: 'string', arg: 'PATH' },
    queries: { type: 'string', arg: 'FILE' },
    'min-score': { type: 'string', arg: 'N' },
    limit: { type: 'string', arg: 'N' },
    format: { type: 'string', short: 'f', arg: 'text|jsonl' },
    ...TOKEN_FILE_OPTION,
  },
  async run(args, context) {
    const { io, t } = context;
    const tmPath = stringOption(args, 'tm');
    if (tmPath === undefined) throw new UsageError(t('common:errors.missingArgument', { name: '--tm' }));
    const minScore = scoreOption(args, 'min-score', 70, t);
    const limit = numberOption(args, 'limit', 5, t, [1, 1000]);
    const format = choiceOption(args, 'format', ['text', 'jsonl'] as const, 'text', t);
    const queriesFile = stringOption(args, 'queries');
    if (args.positionals.length > 0 && queriesFile !== undefined) throw new UsageError(t('common:errors.conflictingOptions', { first: 'QUERY', second: '--queries' }));
    if (args.positionals.length > 1) throw new UsageError(t('common:errors.tooManyArguments', { extra: args.positionals.slice(1).join(' ') }));
    if (args.positionals.length === 0 && queriesFile === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'QUERY' }));
    const queries = args.positionals.length > 0 ? [args.positionals[0]] : (await readTextFile(io, queriesFile!)).split('\n').map((line) => line.trim()).filter(Boolean);
    const show = (query: string, matches: TmMatch[]) => io.stdout(format === 'jsonl' ? `${JSON.stringify({ query, matches })}\n` : showMatches(query, matches, context));
    if (isServerMemory(tmPath)) {
      const server = await ServerMemory.open(context, args, tmPath);
      for (let start = 0; start < queries.length; start += SERVER_BATCH) {
        const batch = queries.slice(start, start + SERVER_BATCH);
        (await server.lookup(batch, minScore, limit)).forEach((matches, at) => show(batch[at], matches));
      }
      return 0;
    }
    const tm = await loadTm(context, tmPath);
    for (const query of queries) show(query, lookup(tm.entries, tm.index, query, { minScore, limit }));
    return 0;
  },
};

/** Queries sent to a server in one request. */
const SERVER_BATCH = 500;

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** Like a CAT tool's match pane: the score, the memory's source with what differs from the query marked, the translation. */
function showMatches(query: string, matches: readonly TmMatch[], { t, color }: CommandContext): string {
  const lines = [`${color ? BOLD : ''}${t('tm:lookup.query')}${color ? RESET : ''} ${query}`];
  if (matches.length === 0) lines.push(`  ${t('tm:lookup.none')}`);
  for (const match of matches) {
    const marked = match.diff
      .map(([op, text]) => (op === 0 ? text : op === -1 ? (color ? `${RED}${text}${RESET}` : `[-${text}-]`) : color ? `${GREEN}${text}${RESET}` : `{+${text}+}`))
      .join('');
    lines.push(`  ${String(match.score).padStart(3)}%  ${marked}`, `        → ${match.target}`, `        ${match.origin}`);
  }
  return `${lines.join('\n')}\n\n`;
}
