import pg from 'pg';
import { InputError } from '../../errors.js';
import { migrate, SCHEMA_VERSION, SchemaMismatchError, SchemaTooNewError } from '../../server/migrations.js';
import { startServer } from '../../server/server.js';
import { Store } from '../../server/store.js';
import { newToken, ROLES, tokenHash } from '../../server/tokens.js';
import { booleanOption, choiceOption, type Command, type CommandContext, numberOption, type ParsedArgs, stringOption, UsageError } from '../command.js';

/** `tmkit serve`: the memory server, until SIGINT or SIGTERM; `tmkit serve token create`: a new access token. */
export const serveCommand: Command = {
  name: 'serve',
  namespace: 'server',
  options: {
    db: { type: 'string', arg: 'URL' },
    port: { type: 'string', arg: 'N' },
    host: { type: 'string', arg: 'ADDRESS' },
    role: { type: 'string', arg: 'read|write|admin' },
    'read-only': { type: 'boolean' },
  },
  async run(args, context) {
    const { t } = context;
    const db = stringOption(args, 'db');
    if (db === undefined) throw new UsageError(t('common:errors.missingArgument', { name: '--db' }));
    const action = args.positionals.join(' ');
    if (action === 'token create') return createToken(args, db, context);
    if (action !== '') throw new UsageError(t('server:serve.badAction', { action }));
    if (args.values.role !== undefined) throw new UsageError(t('common:errors.conflictingOptions', { first: 'serve', second: '--role' }));
    const port = numberOption(args, 'port', 8080, t, [0, 65535]);
    const host = stringOption(args, 'host') ?? '127.0.0.1';
    const server = await usingDatabase(context, () => startServer({ db, host, port, readOnly: booleanOption(args, 'read-only') }));
    context.io.stdout(`${server.url}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  },
};

async function createToken(args: ParsedArgs, db: string, context: CommandContext): Promise<number> {
  const role = choiceOption(args, 'role', ROLES, 'read', context.t);
  if (args.values.role === undefined) throw new UsageError(context.t('common:errors.missingArgument', { name: '--role' }));
  const token = newToken();
  await usingDatabase(context, async () => {
    const pool = new pg.Pool({ connectionString: db, max: 1 });
    try {
      const client = await pool.connect();
      try {
        await migrate(client);
      } finally {
        client.release();
      }
      await new Store(pool).createToken(tokenHash(token), role);
    } finally {
      await pool.end();
    }
  });
  context.io.stdout(`${token}\n`);
  return 0;
}

/** Database failures (unreachable, refused, a newer schema) as one-line input errors. */
async function usingDatabase<T>({ t }: CommandContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new InputError(t('server:serve.listenFailed', { reason: (error as Error).message }));
    if (error instanceof SchemaTooNewError) throw new InputError(t('server:serve.schemaTooNew', { version: error.version }));
    if (error instanceof SchemaMismatchError) throw new InputError(t('server:serve.replicaSchema', { version: error.version, needed: SCHEMA_VERSION }));
    if (error instanceof Error && (error instanceof pg.DatabaseError || 'code' in error || /connect|password|database/i.test(error.message))) {
      throw new InputError(t('server:serve.dbFailed', { reason: error.message }));
    }
    throw error;
  }
}
