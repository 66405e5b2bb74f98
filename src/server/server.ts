import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { InputError } from '../errors.js';
import { createTranslator, LOCALES, localeFromEnvironment, type Translate } from '../i18n/i18n.js';
import { HttpError, sendJson } from './http-io.js';
import { MemoryIndexes } from './memory-indexes.js';
import { migrate, SCHEMA_VERSION, SchemaMismatchError, schemaVersion } from './migrations.js';
import { ROUTES, type RequestContext } from './routes.js';
import { Store } from './store.js';
import { allows, type Role, tokenHash } from './tokens.js';

export interface ServerOptions {
  db: string;
  host: string;
  port: number;
  /** Database connections for requests. */
  poolSize?: number;
  /** The database is a read replica: lookups only, writes followed by polling. */
  readOnly?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** How long a token's role is trusted without asking the database again. */
const TOKEN_CACHE_MS = 5_000;

/** Migrates the database, loads every memory's index, then answers HTTP on host:port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const pool = new pg.Pool({ connectionString: options.db, max: options.poolSize ?? 10 });
  pool.on('error', () => undefined);
  const client = await pool.connect();
  try {
    if (!options.readOnly) await migrate(client);
    else if ((await schemaVersion(client)) !== SCHEMA_VERSION) throw new SchemaMismatchError(await schemaVersion(client));
  } finally {
    client.release();
  }
  const store = new Store(pool);
  const indexes = new MemoryIndexes(store, options.db, options.readOnly);
  await indexes.start();
  const roles = new Map<string, { role: Role | undefined; until: number }>();
  const roleOf = async (token: string): Promise<Role | undefined> => {
    const hash = tokenHash(token);
    const cached = roles.get(hash);
    if (cached && cached.until > Date.now()) return cached.role;
    const role = (await store.tokenRole(hash)) as Role | undefined;
    roles.set(hash, { role, until: Date.now() + TOKEN_CACHE_MS });
    return role;
  };
  const translators = new Map(LOCALES.map((locale) => [locale, createTranslator(locale)]));
  const server = http.createServer((request, response) => {
    const t = translators.get(localeFromEnvironment(request.headers['accept-language']))!;
    void handle(request, response, t, { store, indexes, roleOf, readOnly: options.readOnly === true }).catch((error: unknown) => sendError(response, error, t));
  });
  // Longer than the idle timeout of common load balancers (60 s), so that they close idle connections first.
  server.keepAliveTimeout = 65_000;
  // An import of a large memory over a slow link may take longer than Node's default five minutes.
  server.requestTimeout = 3_600_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await indexes.close();
      await pool.end();
    },
  };
}

interface Services {
  readOnly: boolean;
  store: Store;
  indexes: MemoryIndexes;
  roleOf(token: string): Promise<Role | undefined>;
}

async function handle(request: http.IncomingMessage, response: http.ServerResponse, t: Translate, services: Services): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  for (const route of ROUTES) {
    const match = route.path.exec(url.pathname);
    if (!match) continue;
    if (route.method !== request.method) continue;
    if (route.role !== undefined) await authorize(request, route.role, t, services);
    if (services.readOnly && route.role !== 'read' && route.role !== undefined) throw new HttpError(405, t('server:errors.readOnly'));
    const context: RequestContext = { request, response, url, t, params: decodeParams(match.groups ?? {}, t), store: services.store, indexes: services.indexes };
    await route.handle(context);
    return;
  }
  const known = ROUTES.some((route) => route.path.test(url.pathname));
  throw new HttpError(known ? 405 : 404, known ? t('server:errors.method', { method: request.method }) : t('server:errors.noRoute', { path: url.pathname }));
}

/** Path parameters as written, not percent-encoded: memory names may be Chinese. */
function decodeParams(params: Record<string, string>, t: Translate): Record<string, string> {
  try {
    return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, decodeURIComponent(value)]));
  } catch {
    throw new HttpError(400, t('server:errors.noRoute', { path: Object.values(params).join('/') }));
  }
}

async function authorize(request: http.IncomingMessage, needed: Role, t: Translate, { roleOf }: Services): Promise<void> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const role = token === undefined ? undefined : await roleOf(token);
  if (role === undefined) throw new HttpError(401, t('server:errors.unauthorized'));
  if (!allows(role, needed)) throw new HttpError(403, t('server:errors.forbidden', { role, needed }));
}

function sendError(response: http.ServerResponse, error: unknown, t: Translate): void {
  const status = error instanceof HttpError ? error.status : error instanceof InputError ? 422 : 500;
  const message = error instanceof HttpError || error instanceof InputError ? error.message : t('server:errors.internal');
  if (status === 500) console.error(error);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, status, { error: message });
}
