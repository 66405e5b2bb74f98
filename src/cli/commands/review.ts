import { spawn } from 'node:child_process';
import { ReviewSession } from '../../review/session.js';
import { startReviewServer } from '../../review/server.js';
import { booleanOption, type Command, numberOption, stringOption, UsageError } from '../command.js';

/** `tmkit review`: a local web page to review one memory, served until Ctrl-C. */
export const reviewCommand: Command = {
  name: 'review',
  namespace: 'review',
  options: {
    terms: { type: 'string', arg: 'FILE' },
    config: { type: 'string', arg: 'FILE' },
    port: { type: 'string', arg: 'N' },
    host: { type: 'string', arg: 'ADDRESS' },
    open: { type: 'boolean' },
  },
  async run(args, context) {
    const { io, t } = context;
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new UsageError(t('common:errors.missingArgument', { name: 'MEMORY' }));
    if (extra.length > 0) throw new UsageError(t('common:errors.tooManyArguments', { extra: extra.join(' ') }));
    const port = numberOption(args, 'port', 0, t, [0, 65535]);
    const session = await ReviewSession.open(context, { file, terms: stringOption(args, 'terms'), config: stringOption(args, 'config') });
    const server = await startReviewServer(session, { host: stringOption(args, 'host') ?? '127.0.0.1', port, locale: context.locale, t });
    io.stdout(`${server.url}\n`);
    io.stderr(`${t('review:review.stop', { file })}\n`);
    if (booleanOption(args, 'open')) openInBrowser(server.url);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    await session.close();
    return 0;
  },
};

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}
