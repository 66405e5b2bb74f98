import type http from 'node:http';
import type { Translate } from '../i18n/i18n.js';

/** A request the server refuses: its status and a message already in the client's language. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** The request body, refused with 413 beyond `limit` bytes. */
export async function readBody(request: http.IncomingMessage, limit: number, t: Translate): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, t('server:errors.tooLarge', { limit }));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The JSON object of a request body. */
export async function readJson(request: http.IncomingMessage, t: Translate): Promise<Record<string, unknown>> {
  const bytes = await readBody(request, JSON_LIMIT, t);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError(400, t('server:errors.badJson'));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, t('server:errors.badJson'));
  return value as Record<string, unknown>;
}

const JSON_LIMIT = 16 << 20;
