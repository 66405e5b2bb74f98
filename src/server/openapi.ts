import { VERSION } from '../version.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = { description: 'refused: `{ "error": message }`', ...json({ $ref: '#/components/schemas/Error' }) };
const errors = { 400: error, 401: error, 403: error, 404: error };
const name = { name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[\\p{L}\\p{N}._-]{1,100}$' } };
const memoryFile = {
  content: { 'application/xml': { schema: { type: 'string', description: 'XLIFF 1.2, XLIFF 2.x or TMX' } } },
};
const file = { name: 'file', in: 'query', schema: { type: 'string' }, description: 'the file name, which the origin of its units (`FILE#UNIT`) starts with' };

/** The API as OpenAPI 3.1, served at `/openapi.json`. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'tmkit translation memory server', version: VERSION },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token made by `tmkit serve token create`: role read, write or admin' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Memory: { type: 'object', properties: { name: { type: 'string' }, srcLang: { type: 'string' }, trgLang: { type: ['string', 'null'] }, units: { type: 'integer' } } },
      Match: {
        type: 'object',
        properties: {
          score: { type: 'integer', description: '0–100, 101 for an in-context match' },
          source: { type: 'string' },
          target: { type: 'string' },
          origin: { type: 'string' },
          diff: { type: 'array', items: { type: 'array', prefixItems: [{ enum: [-1, 0, 1] }, { type: 'string' }] }, description: 'edits from the query to the source' },
        },
      },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    '/v1/memories': {
      get: { summary: 'list memories (read)', responses: { 200: json({ type: 'object', properties: { memories: { type: 'array', items: { $ref: '#/components/schemas/Memory' } } } }), ...errors } },
      post: {
        summary: 'create a memory (write)',
        requestBody: json({ type: 'object', required: ['name'], properties: { name: { type: 'string' }, srcLang: { type: 'string', default: 'zh' }, trgLang: { type: 'string', default: 'en' } } }),
        responses: { 201: json({ $ref: '#/components/schemas/Memory' }), 409: error, ...errors },
      },
    },
    '/v1/memories/{name}': {
      parameters: [name],
      get: { summary: 'statistics (read)', responses: { 200: json({ type: 'object' }), ...errors } },
      delete: { summary: 'delete a memory and its units (admin)', responses: { 204: { description: 'deleted' }, ...errors } },
    },
    '/v1/memories/{name}/stats': { parameters: [name], get: { summary: 'statistics (read)', responses: { 200: json({ type: 'object' }), ...errors } } },
    '/v1/memories/{name}/import': {
      parameters: [name, file, { name: 'create', in: 'query', schema: { type: 'boolean' }, description: 'create the memory if missing' }],
      post: {
        summary: 'add every unit of a memory file, in one transaction (write)',
        requestBody: memoryFile,
        responses: { 200: json({ type: 'object', properties: { units: { type: 'integer' }, indexed: { type: 'integer' } } }), 413: error, 422: error, ...errors },
      },
    },
    '/v1/memories/{name}/lookup': {
      parameters: [name],
      post: {
        summary: 'fuzzy matches, scored as `tmkit lookup` scores them (read)',
        requestBody: json({
          type: 'object',
          properties: {
            query: { type: 'string' },
            queries: { type: 'array', items: { type: 'string' } },
            minScore: { type: 'number', default: 70 },
            limit: { type: 'integer', default: 5 },
            context: { type: 'object', properties: { previous: { type: 'string' }, next: { type: 'string' } } },
          },
        }),
        responses: { 200: json({ type: 'object', properties: { results: { type: 'array', items: { type: 'object', properties: { query: { type: 'string' }, matches: { type: 'array', items: { $ref: '#/components/schemas/Match' } } } } } } }), ...errors },
      },
    },
    '/v1/memories/{name}/concordance': {
      parameters: [name, { name: 'term', in: 'query', required: true, schema: { type: 'string' } }, { name: 'side', in: 'query', schema: { enum: ['source', 'target', 'both'] } }],
      get: { summary: 'every occurrence of a term, in context (read)', responses: { 200: json({ type: 'object', properties: { hits: { type: 'array' } } }), ...errors } },
    },
    '/v1/memories/{name}/leverage': {
      parameters: [name, file, { name: 'minScore', in: 'query', schema: { type: 'number', default: 75 } }, { name: 'overwrite', in: 'query', schema: { type: 'boolean' } }],
      post: { summary: 'pre-translate a bilingual document, as `tmkit leverage` does (read)', requestBody: memoryFile, responses: { 200: json({ type: 'object', properties: { memory: { type: 'object' }, analysis: { type: 'object' }, filled: { type: 'integer' } } }), 422: error, ...errors } },
    },
    '/v1/memories/{name}/units': {
      parameters: [name],
      put: {
        summary: 'add or update one confirmed segment (write); the id defaults to one derived from the source',
        requestBody: json({ type: 'object', required: ['source', 'target'], properties: { source: { type: 'string' }, target: { type: 'string' }, id: { type: 'string' }, previous: { type: 'string' }, next: { type: 'string' }, note: { type: 'string' } } }),
        responses: { 200: json({ type: 'object', properties: { id: { type: 'string' } } }), 201: json({ type: 'object', properties: { id: { type: 'string' } } }), ...errors },
      },
    },
    '/v1/memories/{name}/export': {
      parameters: [name, { name: 'format', in: 'query', schema: { enum: ['xliff', 'xliff2', 'xliff12', 'tmx'], default: 'xliff' } }],
      get: { summary: 'the whole memory as XLIFF or TMX (read)', responses: { 200: memoryFile, ...errors } },
    },
  },
} as const;
