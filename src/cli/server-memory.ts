import http from 'node:http';
import https from 'node:https';
import type { ConcordanceHit, LeverageResult, TmMatch } from '../tm/index.js';
import { InputError } from '../errors.js';
import type { CommandContext, ParsedArgs } from './command.js';
import { readTextFile } from './files.js';
import { stringOption } from './command.js';

/** A memory on a `tmkit serve` server, named by its URL: `http://HOST:PORT/v1/memories/NAME`. */
export function isServerMemory(tmPath: string): boolean {
  return /^https?:\/\//i.test(tmPath);
}

/** The `--token-file` option every command taking `--tm` has. */
export const TOKEN_FILE_OPTION = { 'token-file': { type: 'string', arg: 'FILE' } } as const;

/** The client of one server memory; the token comes from TMKIT_TOKEN or `--token-file`. */
export class ServerMemory {
  private constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly context: Pick<CommandContext, 't'>,
  ) {}

  static async open(context: Pick<CommandContext, 'io' | 't'>, args: ParsedArgs, url: string): Promise<ServerMemory> {
    const tokenFile = stringOption(args, 'token-file');
    const token = tokenFile === undefined ? context.io.env.TMKIT_TOKEN?.trim() : (await readTextFile(context.io, tokenFile)).trim();
    if (!token) throw new InputError(tokenFile === undefined ? context.t('server:client.noToken') : context.t('server:client.tokenFile', { file: tokenFile }));
    return new ServerMemory(url.replace(/\/+$/, ''), token, context);
  }

  async lookup(queries: readonly string[], minScore: number, limit: number): Promise<TmMatch[][]> {
    const { results } = (await this.request('POST', '/lookup', JSON.stringify({ queries, minScore, limit }), 'application/json')) as { results: Array<{ matches: TmMatch[] }> };
    return results.map((result) => result.matches);
  }

  async concordance(term: string, side: string): Promise<ConcordanceHit[]> {
    const { hits } = (await this.request('GET', `/concordance?${new URLSearchParams({ term, side })}`)) as { hits: ConcordanceHit[] };
    return hits;
  }

  async leverage(file: string, document: Uint8Array, minScore: number, overwrite: boolean): Promise<LeverageResult> {
    const query = new URLSearchParams({ file, minScore: String(minScore), overwrite: String(overwrite) });
    return (await this.request('POST', `/leverage?${query}`, document, 'application/xml')) as LeverageResult;
  }

  /** Imports a memory file, creating the server memory if it is missing. */
  async import(file: string, bytes: Uint8Array): Promise<{ units: number; indexed: number }> {
    return (await this.request('POST', `/import?${new URLSearchParams({ file, create: 'true' })}`, bytes, 'application/xml')) as { units: number; indexed: number };
  }

  /** One call, without a time limit: importing a large memory takes as long as it takes. */
  private async request(method: string, path: string, body?: string | Uint8Array, type?: string): Promise<unknown> {
    const { t } = this.context;
    const url = new URL(`${this.url}${path}`);
    const headers = { authorization: `Bearer ${this.token}`, ...(type ? { 'content-type': type } : {}) };
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = (url.protocol === 'https:' ? https : http).request(url, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      request.on('error', (error) => reject(new InputError(t('server:client.unreachable', { url: this.url, reason: error.message }))));
      request.end(body);
    });
    let parsed: { error?: string } | undefined;
    try {
      parsed = JSON.parse(text) as { error?: string };
    } catch {
      parsed = undefined;
    }
    if (status < 200 || status >= 300) throw new InputError(t('server:client.refused', { url: this.url, status, message: parsed?.error ?? text.slice(0, 200) }));
    return parsed;
  }
}
