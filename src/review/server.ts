/**
 * The local web server of `tmkit review`. The page can change the user's files, so every request
 * must name this server as its host (no DNS rebinding), come from its own origin if from a page at
 * all (no cross-site requests), and, for the API, carry the session token. Nothing is loaded from
 * elsewhere: the page's script and styles are bundled at build time and the CSP allows only them.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import type { Locale, Translate } from '../i18n/i18n.js';
import { TERM_KINDS } from '../model/termbase.js';
import type { TermKind } from '../types.js';
import { EditRefused, isReviewEdit } from './edits.js';
import { ChangedOnDisk, type ReviewSession } from './session.js';

export interface ServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  locale: Locale;
  t: Translate;
}

export interface RunningServer {
  /** The page's address with the session token. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MAX_BODY_BYTES = 1 << 20;
const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ui');

export async function startReviewServer(session: ReviewSession, options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('base64url');
  const assets = { '/app.js': readAsset('app.js', 'text/javascript'), '/app.css': readAsset('app.css', 'text/css') };
  let allowedHosts: string[] = [];
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendError(response, error, options.t));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://local');
    const origin = request.headers.origin;
    if (!allowedHosts.includes(request.headers.host ?? '') || (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`))) {
      return send(response, 403, 'text/plain', 'forbidden host or origin');
    }
    if (request.method === 'GET' && url.pathname in assets) {
      const asset = assets[url.pathname as keyof typeof assets];
      return send(response, 200, asset.type, asset.content);
    }
    if (url.pathname === '/favicon.ico') return send(response, 204, 'text/plain', '');
    if (url.pathname === '/') {
      if (request.method !== 'GET' || !sameToken(url.searchParams.get('token'), token)) return send(response, 403, 'text/plain', 'forbidden');
      return send(response, 200, 'text/html; charset=utf-8', page(options.locale));
    }
    if (!url.pathname.startsWith('/api/')) return send(response, 404, 'text/plain', 'not found');
    const header = request.headers['x-tmkit-token'];
    if (!sameToken(typeof header === 'string' ? header : null, token)) return sendJson(response, 403, { error: 'forbidden' });
    const body = request.method === 'POST' ? await readJson(request) : {};
    await api(request.method ?? 'GET', url, body, response);
  }

  async function api(method: string, url: URL, body: Record<string, unknown>, response: ServerResponse): Promise<void> {
    const route = `${method} ${url.pathname}`;
    switch (route) {
      case 'GET /api/state':
        return sendJson(response, 200, { locale: options.locale, ...session.state() });
      case 'POST /api/edit':
        if (!isReviewEdit(body)) throw new EditRefused('unknownEdit');
        session.edit(body);
        return sendJson(response, 200, { locale: options.locale, ...session.state() });
      case 'POST /api/undo':
        session.undo();
        return sendJson(response, 200, { locale: options.locale, ...session.state() });
      case 'POST /api/redo':
        session.redo();
        return sendJson(response, 200, { locale: options.locale, ...session.state() });
      case 'POST /api/save':
        await session.save();
        return sendJson(response, 200, { locale: options.locale, ...session.state() });
      case 'POST /api/reload':
        await session.reload();
        return sendJson(response, 200, { locale: options.locale, ...session.state() });
      case 'POST /api/terms': {
        const kind = TERM_KINDS.includes(body.kind as TermKind) ? (body.kind as TermKind) : undefined;
        await session.addTerm(String(body.source ?? ''), String(body.target ?? ''), kind);
        return sendJson(response, 200, { locale: options.locale, ...session.state() });
      }
      case 'GET /api/findings':
        return sendJson(response, 200, await session.findingsWhenChecked());
      case 'GET /api/concordance': {
        const side = url.searchParams.get('side');
        return sendJson(response, 200, { hits: session.concordance(url.searchParams.get('q') ?? '', side === 'source' || side === 'target' ? side : 'both').slice(0, 500) });
      }
      default:
        return sendJson(response, 404, { error: 'not found' });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new InputError(options.t('review:review.cannotListen', { address: `${options.host}:${options.port}`, reason: error.code ?? error.message }))));
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  const hostName = options.host.includes(':') ? `[${options.host}]` : options.host;
  allowedHosts = [`${hostName}:${port}`, ...(options.host === '127.0.0.1' ? [`localhost:${port}`] : [])];
  return {
    url: `http://${hostName}:${port}/?token=${token}`,
    close: () => closeServer(server),
  };
}

function readAsset(name: string, type: string): { content: Buffer; type: string } {
  return { content: readFileSync(path.join(ASSETS, name)), type: `${type}; charset=utf-8` };
}

function page(locale: Locale): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tmkit review</title>
<link rel="stylesheet" href="/app.css">
</head>
<body>
<div id="app"></div>
<script type="module" src="/app.js"></script>
</body>
</html>
`;
}

function sameToken(given: string | null, token: string): boolean {
  if (given === null) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw new BadRequest('expected application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('request too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequest('expected a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw error instanceof BadRequest ? error : new BadRequest('invalid JSON');
  }
}

class BadRequest extends Error {}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Refusals the user can act on come back as messages in their language; anything else is a plain 500. */
function sendError(response: ServerResponse, error: unknown, t: Translate): void {
  if (error instanceof EditRefused) return sendJson(response, 422, { error: t(`review:refused.${error.key}`, error.values) });
  if (error instanceof ChangedOnDisk) return sendJson(response, 409, { error: t('review:changedOnDisk', { file: error.file }), conflict: true });
  if (error instanceof InputError) return sendJson(response, 422, { error: error.message });
  if (error instanceof BadRequest) return sendJson(response, 400, { error: error.message });
  sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
