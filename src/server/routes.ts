import type http from 'node:http';
import { decodeText } from '../cli/files.js';
import { sameLanguage } from '../lang/language-tag.js';
import { getMemoryFormat, MEMORY_FORMAT_ALIASES, memoryFormatForFile, readMemory } from '../formats/index.js';
import { prepareForWriting } from '../formats/writable.js';
import type { Translate } from '../i18n/i18n.js';
import { concordance, leverage, lookup, memoryStats } from '../tm/index.js';
import { HttpError, readBody, readJson, sendJson } from './http-io.js';
import type { LoadedMemory, MemoryIndexes } from './memory-indexes.js';
import { OPENAPI } from './openapi.js';
import type { MemoryRecord, Store } from './store.js';
import type { Role } from './tokens.js';

export interface RequestContext {
  request: http.IncomingMessage;
  response: http.ServerResponse;
  url: URL;
  t: Translate;
  params: Record<string, string>;
  store: Store;
  indexes: MemoryIndexes;
}

interface Route {
  method: string;
  path: RegExp;
  /** The least role a token needs; none for the API description. */
  role?: Role;
  handle(context: RequestContext): Promise<void>;
}

/** Imports are memories of any size; other bodies are small JSON. */
const IMPORT_LIMIT = 2 * 1024 ** 3;
const NAME = /^[\p{L}\p{N}._-]{1,100}$/u;
const MEMORY = '^/v1/memories/(?<name>[^/]+)';

export const ROUTES: readonly Route[] = [
  { method: 'GET', path: /^\/openapi\.json$/, handle: async ({ response }) => sendJson(response, 200, OPENAPI) },
  {
    method: 'GET',
    path: /^\/v1\/memories$/,
    role: 'read',
    async handle({ response, store }) {
      const counts = await store.unitCounts();
      const memories = (await store.memories()).map((memory) => ({ ...describe(memory), units: counts.get(memory.id) ?? 0 }));
      sendJson(response, 200, { memories });
    },
  },
  {
    method: 'POST',
    path: /^\/v1\/memories$/,
    role: 'write',
    async handle({ request, response, t, store, indexes }) {
      const body = await readJson(request, t);
      const name = memoryName(requiredString(body, 'name', t), t);
      const created = await store.createMemory(name, optionalString(body, 'srcLang', t) ?? 'zh', optionalString(body, 'trgLang', t) ?? 'en');
      if (!created) throw new HttpError(409, t('server:errors.memoryExists', { name }));
      await indexes.apply({ memory: created.id });
      sendJson(response, 201, describe(created));
    },
  },
  {
    method: 'DELETE',
    path: new RegExp(`${MEMORY}$`),
    role: 'admin',
    async handle(context) {
      const { record } = await loaded(context);
      await context.store.deleteMemory(record);
      await context.indexes.apply({ memory: record.id, deleted: true });
      context.response.writeHead(204).end();
    },
  },
  {
    method: 'POST',
    path: new RegExp(`${MEMORY}/import$`),
    role: 'write',
    async handle(context) {
      const { request, response, url, t, store, indexes } = context;
      const fileName = url.searchParams.get('file') || 'import';
      const text = decodeText(await readBody(request, IMPORT_LIMIT, t), fileName);
      // Parsed whole before anything is written: a malformed file changes nothing.
      const imported = readMemory(text, fileName);
      let memory = await indexes.get(memoryName(context.params.name, t));
      if (!memory && url.searchParams.get('create') === 'true') {
        const created = await store.createMemory(context.params.name, imported.srcLang, imported.trgLang);
        if (created) await indexes.apply({ memory: created.id });
        memory = await indexes.get(context.params.name);
      }
      if (!memory) throw new HttpError(404, t('server:errors.noMemory', { name: context.params.name }));
      refuseOtherLanguage(memory.record, imported.srcLang, t);
      const { units, batch } = await store.importMemory(memory.record, imported, fileName);
      await indexes.apply({ memory: memory.record.id, batch });
      sendJson(response, 200, { units, indexed: memory.index.size });
    },
  },
  {
    method: 'POST',
    path: new RegExp(`${MEMORY}/lookup$`),
    role: 'read',
    async handle(context) {
      const { index } = await loaded(context);
      const body = await readJson(context.request, context.t);
      const queries = body.queries === undefined ? [requiredString(body, 'query', context.t)] : stringList(body, 'queries', context.t);
      const minScore = numberField(body, 'minScore', 70, [0, 100], context.t);
      const limit = numberField(body, 'limit', 5, [1, 1000], context.t);
      const lookupContext = body.context === undefined ? undefined : neighbours(body.context, context.t);
      const results = queries.map((query) => ({ query, matches: lookup(index, index, query, { minScore, limit, context: lookupContext }) }));
      sendJson(context.response, 200, { results });
    },
  },
  {
    method: 'GET',
    path: new RegExp(`${MEMORY}/concordance$`),
    role: 'read',
    async handle(context) {
      const { index } = await loaded(context);
      const term = context.url.searchParams.get('term') ?? '';
      if (term.trim() === '') throw new HttpError(400, context.t('server:errors.missingField', { field: 'term' }));
      const side = choice(context.url.searchParams.get('side') ?? 'both', 'side', ['source', 'target', 'both'] as const, context.t);
      sendJson(context.response, 200, { hits: concordance(index, term, side) });
    },
  },
  {
    method: 'POST',
    path: new RegExp(`${MEMORY}/leverage$`),
    role: 'read',
    async handle(context) {
      const { record, index } = await loaded(context);
      const { url, t } = context;
      const fileName = url.searchParams.get('file') || 'document';
      const text = decodeText(await readBody(context.request, IMPORT_LIMIT, t), fileName);
      const document = memoryFormatForFile(fileName, text).parse(text, { fileName });
      refuseOtherLanguage(record, document.srcLang, t);
      const minScore = numberField({ minScore: numberParam(url, 'minScore') }, 'minScore', 75, [0, 100], t);
      const result = leverage(document, index, index, { minScore, overwrite: url.searchParams.get('overwrite') === 'true' });
      sendJson(context.response, 200, result);
    },
  },
  {
    method: 'PUT',
    path: new RegExp(`${MEMORY}/units$`),
    role: 'write',
    async handle(context) {
      const { record } = await loaded(context);
      const { t } = context;
      const body = await readJson(context.request, t);
      const fields = {
        source: requiredString(body, 'source', t).trim(),
        target: requiredString(body, 'target', t).trim(),
        id: optionalString(body, 'id', t),
        previous: optionalString(body, 'previous', t),
        next: optionalString(body, 'next', t),
        note: optionalString(body, 'note', t),
      };
      if (fields.source === '') throw new HttpError(400, t('server:errors.missingField', { field: 'source' }));
      if (fields.target === '') throw new HttpError(400, t('server:errors.missingField', { field: 'target' }));
      const { id, created, batch } = await context.store.confirmUnit(record, fields);
      await context.indexes.apply({ memory: record.id, batch });
      sendJson(context.response, created ? 201 : 200, { id });
    },
  },
  {
    method: 'GET',
    path: new RegExp(`${MEMORY}/export$`),
    role: 'read',
    async handle(context) {
      const { record } = await loaded(context);
      const formatName = context.url.searchParams.get('format') ?? 'xliff';
      const formatId = MEMORY_FORMAT_ALIASES[formatName];
      if (formatId === undefined) throw new HttpError(400, context.t('server:errors.badChoice', { field: 'format', value: formatName, choices: Object.keys(MEMORY_FORMAT_ALIASES).join(', ') }));
      const format = getMemoryFormat(formatId);
      const { memory } = prepareForWriting(await context.store.exportMemory(record), format.id);
      const text = format.serialize(memory);
      context.response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      context.response.end(text);
    },
  },
  {
    method: 'GET',
    path: new RegExp(`${MEMORY}(?:/stats)?$`),
    role: 'read',
    async handle(context) {
      const { record, index } = await loaded(context);
      const stats = memoryStats(await context.store.exportMemory(record));
      sendJson(context.response, 200, { ...describe(record), ...stats, indexed: index.size });
    },
  },
];

async function loaded({ params, indexes, t }: RequestContext): Promise<LoadedMemory> {
  const memory = await indexes.get(params.name);
  if (!memory) throw new HttpError(404, t('server:errors.noMemory', { name: params.name }));
  return memory;
}

function describe(memory: MemoryRecord): { name: string; srcLang: string; trgLang: string | null } {
  return { name: memory.name, srcLang: memory.srcLang, trgLang: memory.trgLang };
}

function memoryName(name: string, t: Translate): string {
  if (!NAME.test(name)) throw new HttpError(400, t('server:errors.badName', { name }));
  return name;
}

/** Matches from a memory of another source language would be nonsense, not fuzzy. */
function refuseOtherLanguage(memory: MemoryRecord, language: string, t: Translate): void {
  if (!sameLanguage(memory.srcLang, language)) throw new HttpError(422, t('server:errors.otherLanguage', { language, name: memory.name, memoryLanguage: memory.srcLang }));
}

function requiredString(body: Record<string, unknown>, field: string, t: Translate): string {
  const value = optionalString(body, field, t);
  if (value === undefined) throw new HttpError(400, t('server:errors.missingField', { field }));
  return value;
}

function optionalString(body: Record<string, unknown>, field: string, t: Translate): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new HttpError(400, t('server:errors.badField', { field, expected: 'string' }));
  return value;
}

function stringList(body: Record<string, unknown>, field: string, t: Translate): string[] {
  const value = body[field];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new HttpError(400, t('server:errors.badField', { field, expected: 'string[]' }));
  return value as string[];
}

function numberField(body: Record<string, unknown>, field: string, fallback: number, [min, max]: [number, number], t: Translate): number {
  const value = body[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw new HttpError(400, t('server:errors.badNumber', { field, min, max }));
  return value;
}

/** A number given in the query string, undefined when absent (and left as text when not a number, for `numberField` to refuse). */
function numberParam(url: URL, name: string): unknown {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
}

function choice<T extends string>(value: string, field: string, choices: readonly T[], t: Translate): T {
  if (!(choices as readonly string[]).includes(value)) throw new HttpError(400, t('server:errors.badChoice', { field, value, choices: choices.join(', ') }));
  return value as T;
}

function neighbours(value: unknown, t: Translate): { previous?: string; next?: string } {
  if (typeof value !== 'object' || value === null) throw new HttpError(400, t('server:errors.badField', { field: 'context', expected: '{ previous, next }' }));
  const record = value as Record<string, unknown>;
  return { previous: optionalString(record, 'previous', t), next: optionalString(record, 'next', t) };
}
