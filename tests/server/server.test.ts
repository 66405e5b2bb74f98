import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';
import { skipWithoutPostgres, startPostgres, type TestDatabase } from './postgres.js';
import { api, type ServeProcess, startServe } from './serve-process.js';

const TMX = readFileSync(path.join(ROOT, 'tests/fixtures/tm/memory.tmx'), 'utf8');
const TMX_FILE = path.join(ROOT, 'tests/fixtures/tm/memory.tmx');
const DOCUMENT_FILE = path.join(ROOT, 'tests/fixtures/tm/document.xlf');
const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="news">
    <group id="g1">
      <unit id="n1">
        <notes><note category="editor">头条</note></notes>
        <segment state="reviewed"><source>市政府今天发布了新的交通规定。</source><target>The city government issued new traffic rules today.</target></segment>
      </unit>
    </group>
    <unit id="n2"><segment state="translated"><source>新规定下月起施行。</source><target>The new rules take effect next month.</target></segment></unit>
  </file>
</xliff>
`;

const skip = skipWithoutPostgres();

describe.skipIf(skip)('tmkit serve on PostgreSQL', () => {
  let database: TestDatabase;
  let server: ServeProcess;
  const tokens: Record<'read' | 'write' | 'admin', string> = { read: '', write: '', admin: '' };

  beforeAll(async () => {
    database = await startPostgres();
    for (const role of ['read', 'write', 'admin'] as const) {
      const created = runCli(['serve', 'token', 'create', '--db', database.url, '--role', role]);
      expect(created.status, created.stderr).toBe(0);
      tokens[role] = created.stdout.trim();
    }
    server = await startServe(database.url);
  });

  afterAll(async () => {
    await server?.stop();
    database?.stop();
  });

  it('token create prints the token alone on stdout, and refuses an unknown role', () => {
    const created = runCli(['serve', 'token', 'create', '--db', database.url, '--role', 'write']);
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^tmk_[\w-]{43}\n$/);
    const bad = runCli(['serve', 'token', 'create', '--db', database.url, '--role', 'owner']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^tmkit: --role: "owner" is not one of read, write, admin\n$/);
    const unreachable = runCli(['serve', '--db', 'postgres://tmkit@127.0.0.1:1/tmkit', '--port', '0']);
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr).toMatch(/^tmkit: cannot use the database: .*ECONNREFUSED.*\n$/);
  });

  it('prints its base URL first and describes its API as OpenAPI', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const description = await api(server.url, 'GET', '/openapi.json', undefined);
    expect(description.status).toBe(200);
    expect(description.body.openapi).toBe('3.1.0');
    expect(Object.keys(description.body.paths)).toContain('/v1/memories/{name}/lookup');
  });

  it('round trip: create, import TMX and XLIFF, lookup as the CLI scores, concordance, units, export, stats, delete', async () => {
    const { write, read, admin } = tokens;
    expect((await api(server.url, 'POST', '/v1/memories', write, { name: 'news', srcLang: 'zh', trgLang: 'en' })).status).toBe(201);
    expect((await api(server.url, 'POST', '/v1/memories', write, { name: 'news' })).status).toBe(409);
    const tmx = await api(server.url, 'POST', '/v1/memories/news/import?file=memory.tmx', write, TMX);
    expect(tmx.status, tmx.text).toBe(200);
    expect(tmx.body).toEqual({ units: 4, indexed: 4 });

    // The same scores and differences as `tmkit lookup` on the file itself.
    const query = '展览明天晚上开幕。';
    const local = runCli(['lookup', '--tm', TMX_FILE, query, '--format', 'jsonl', '--min-score', '50']);
    expect(local.status, local.stderr).toBe(0);
    const expected = JSON.parse(local.stdout).matches.map(({ origin, ...rest }: { origin: string }) => ({ ...rest, origin: path.basename(origin.split('#')[0]) + '#' + origin.split('#')[1] }));
    const found = await api(server.url, 'POST', '/v1/memories/news/lookup', read, { query, minScore: 50 });
    expect(found.status).toBe(200);
    expect(found.body.results[0].matches).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);

    const xliff = await api(server.url, 'POST', '/v1/memories/news/import?file=news.xlf', write, XLIFF);
    expect(xliff.body).toEqual({ units: 2, indexed: 6 });
    const concordance = await api(server.url, 'GET', `/v1/memories/news/concordance?term=${encodeURIComponent('规定')}`, read);
    expect(concordance.body.hits.map((hit: { origin: string }) => hit.origin)).toEqual(['news.xlf#n1', 'news.xlf#n2']);

    const added = await api(server.url, 'PUT', '/v1/memories/news/units', write, { source: '地铁五号线今晚停运。', target: 'Metro Line 5 is closed tonight.' });
    expect(added.status).toBe(201);
    const updated = await api(server.url, 'PUT', '/v1/memories/news/units', write, { source: '地铁五号线今晚停运。', target: 'Metro Line 5 stops running tonight.' });
    expect(updated.status).toBe(200);
    expect(updated.body.id).toBe(added.body.id);
    const confirmed = await api(server.url, 'POST', '/v1/memories/news/lookup', read, { queries: ['地铁五号线今晚停运。'] });
    expect(confirmed.body.results[0].matches.map((match: { score: number; target: string }) => [match.score, match.target])).toEqual([[100, 'Metro Line 5 stops running tonight.']]);

    const exported = await api(server.url, 'GET', '/v1/memories/news/export?format=xliff', read);
    expect(exported.status).toBe(200);
    for (const kept of ['<note category="editor">头条</note>', 'state="reviewed"', '<group id="g1">', 'Metro Line 5 stops running tonight.', 'The exhibition closes tomorrow afternoon.']) expect(exported.text).toContain(kept);
    expect(exported.text).not.toContain('Metro Line 5 is closed tonight.');
    const tmxOut = await api(server.url, 'GET', '/v1/memories/news/export?format=tmx', read);
    expect(tmxOut.text.match(/<tu\b/g)).toHaveLength(7);

    const stats = await api(server.url, 'GET', '/v1/memories/news/stats', read);
    expect(stats.body).toMatchObject({ name: 'news', units: 7, translated: 7, indexed: 7 });
    const list = await api(server.url, 'GET', '/v1/memories', read);
    expect(list.body.memories).toEqual([{ name: 'news', srcLang: 'zh', trgLang: 'en', units: 7 }]);

    expect((await api(server.url, 'DELETE', '/v1/memories/news', write)).status).toBe(403);
    expect((await api(server.url, 'DELETE', '/v1/memories/news', admin)).status).toBe(204);
    expect((await api(server.url, 'POST', '/v1/memories/news/lookup', read, { query })).status).toBe(404);
  });

  it('a read token cannot write; no token is refused', async () => {
    await api(server.url, 'POST', '/v1/memories', tokens.write, { name: 'guarded' });
    for (const [method, route, body] of [
      ['PUT', '/v1/memories/guarded/units', { source: '你好。', target: 'Hello.' }],
      ['POST', '/v1/memories/guarded/import?file=memory.tmx', TMX],
      ['POST', '/v1/memories', { name: 'other' }],
    ] as const) {
      const refused = await api(server.url, method, route, tokens.read, body);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('a read token cannot do this: it needs write');
    }
    expect((await api(server.url, 'GET', '/v1/memories/guarded/stats', tokens.read)).body.units).toBe(0);
    expect((await api(server.url, 'GET', '/v1/memories', undefined)).status).toBe(401);
    expect((await api(server.url, 'GET', '/v1/memories', 'tmk_not-a-token')).status).toBe(401);
  });

  it('bad input gets a 4xx JSON error, and a malformed import changes nothing', async () => {
    const { write } = tokens;
    await api(server.url, 'POST', '/v1/memories', write, { name: 'careful' });
    await api(server.url, 'POST', '/v1/memories/careful/import?file=memory.tmx', write, TMX);
    const cases: Array<[string, string, unknown, number, RegExp]> = [
      ['POST', '/v1/memories/careful/lookup', '{"query": ', 400, /JSON object/],
      ['POST', '/v1/memories/careful/lookup', { query: '展览', minScore: 500 }, 400, /minScore must be a number from 0 to 100/],
      ['POST', '/v1/memories/careful/lookup', { limit: 3 }, 400, /missing field: query/],
      ['PUT', '/v1/memories/careful/units', { source: '你好。', target: 7 }, 400, /target must be string/],
      ['POST', '/v1/memories', { name: 'a/b' }, 400, /invalid memory name/],
      ['POST', `/v1/memories/${encodeURIComponent('新闻')}/lookup`, { query: '展览' }, 404, /no memory named "新闻"/],
      ['POST', '/v1/memories/nowhere/lookup', { query: '展览' }, 404, /no memory named "nowhere"/],
      ['GET', '/v1/memories/careful/export?format=docx', undefined, 400, /"docx" is not one of/],
      ['GET', '/v2/anything', undefined, 404, /no such resource/],
      ['POST', '/v1/memories/careful/import?file=broken.tmx', TMX.slice(0, TMX.indexOf('<tu tuid="t3"') + 40), 422, /broken\.tmx/],
      ['POST', '/v1/memories/careful/import?file=english.tmx', TMX.replace(/srclang="zh"/, 'srclang="en"').replace(/xml:lang="zh"/g, 'xml:lang="fr"').replace(/xml:lang="en"/g, 'xml:lang="zh"').replace(/xml:lang="fr"/g, 'xml:lang="en"'), 422, /in en, the memory careful in zh/],
    ];
    for (const [method, route, body, status, message] of cases) {
      const response = await api(server.url, method, route, write, body);
      expect(response.status, `${method} ${route}`).toBe(status);
      expect(response.body.error).toMatch(message);
    }
    const stats = await api(server.url, 'GET', '/v1/memories/careful/stats', tokens.read);
    expect(stats.body).toMatchObject({ units: 4, indexed: 4, files: 1 });
  });

  it('the CLI uses a server memory wherever it takes --tm: lookup, concordance, leverage, tm import', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tmkit-client-'));
    const memory = new URL('v1/memories/client', server.url).href;
    const env = { TMKIT_TOKEN: tokens.write };
    const imported = runCli(['tm', 'import', TMX_FILE, '--tm', memory], { env });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toBe(`4 units imported from ${TMX_FILE} into ${memory} (4 indexed in all)\n`);

    const local = runCli(['lookup', '--tm', TMX_FILE, '展览明天晚上开幕。']);
    const remote = runCli(['lookup', '--tm', memory, '展览明天晚上开幕。'], { env: { TMKIT_TOKEN: tokens.read } });
    expect(remote.status, remote.stderr).toBe(0);
    expect(remote.stdout).toBe(local.stdout.replaceAll(TMX_FILE, 'memory.tmx'));
    expect(remote.stdout).toContain('→ The exhibition opens tomorrow morning.');

    const tokenFile = path.join(folder, 'token');
    writeFileSync(tokenFile, `${tokens.read}\n`);
    const withFile = runCli(['lookup', '--tm', memory, '--token-file', tokenFile, '门票价格为30元。', '--format', 'jsonl']);
    expect(withFile.status, withFile.stderr).toBe(0);
    expect(JSON.parse(withFile.stdout).matches[0]).toMatchObject({ score: 100, target: 'Tickets cost 30 yuan.', origin: 'memory.tmx#t2' });
    const noToken = runCli(['lookup', '--tm', memory, '门票']);
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toBe('tmkit: a server memory needs a token: set TMKIT_TOKEN or give --token-file\n');

    const concordance = runCli(['concordance', '--tm', memory, '展览', '--token-file', tokenFile]);
    expect(concordance.status, concordance.stderr).toBe(0);
    expect(concordance.stdout).toContain('2 occurrences of "展览"');

    const out = path.join(folder, 'document.leveraged.xlf');
    const leveraged = runCli(['leverage', DOCUMENT_FILE, '--tm', memory, '--out', out, '--token-file', tokenFile]);
    const localOut = path.join(folder, 'document.local.xlf');
    const leveragedLocally = runCli(['leverage', DOCUMENT_FILE, '--tm', TMX_FILE, '--out', localOut]);
    expect(leveraged.status, leveraged.stderr).toBe(0);
    expect(leveraged.stdout).toBe(leveragedLocally.stdout.replace(localOut, out));
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(localOut, 'utf8').replaceAll(TMX_FILE, 'memory.tmx'));

    const refused = runCli(['tm', 'import', TMX_FILE, '--tm', memory], { env: { TMKIT_TOKEN: tokens.read } });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/the server answered 403: a read token cannot do this/);
  });

  it('two servers on one database: a write acknowledged by one is seen by the other within 1 s', async () => {
    const other = await startServe(database.url);
    try {
      await api(server.url, 'POST', '/v1/memories', tokens.write, { name: 'shared' });
      for (let round = 0; round < 5; round++) {
        const source = `第${round + 1}号公告今天发布。`;
        const written = await api(server.url, 'PUT', '/v1/memories/shared/units', tokens.write, { source, target: `Notice ${round + 1} is out today.` });
        expect(written.status).toBe(201);
        const acknowledged = Date.now();
        let seenAfter = Infinity;
        while (Date.now() - acknowledged < 2_000) {
          const found = await api(other.url, 'POST', '/v1/memories/shared/lookup', tokens.read, { query: source });
          if (found.body.results?.[0]?.matches[0]?.score === 100) {
            seenAfter = Date.now() - acknowledged;
            break;
          }
        }
        expect(seenAfter).toBeLessThan(1_000);
      }
    } finally {
      await other.stop();
    }
  });

  it('a server on a read replica answers lookups, refuses writes and follows the primary', async () => {
    const replica = await database.replica();
    const follower = await startServe(replica.url, '--read-only');
    try {
      await api(server.url, 'POST', '/v1/memories', tokens.write, { name: 'replicated' });
      await api(server.url, 'POST', '/v1/memories/replicated/import?file=memory.tmx', tokens.write, TMX);
      const source = '图书馆周一闭馆。';
      await api(server.url, 'PUT', '/v1/memories/replicated/units', tokens.write, { source, target: 'The library is closed on Mondays.' });
      const written = Date.now();
      let matches: Array<{ target: string }> = [];
      while (matches.length === 0 && Date.now() - written < 5_000) {
        const found = await api(follower.url, 'POST', '/v1/memories/replicated/lookup', tokens.read, { query: source });
        matches = found.status === 200 ? found.body.results[0].matches : [];
      }
      expect(matches[0]?.target).toBe('The library is closed on Mondays.');
      const refused = await api(follower.url, 'PUT', '/v1/memories/replicated/units', tokens.write, { source, target: 'Closed.' });
      expect(refused.status).toBe(405);
      expect(refused.body.error).toMatch(/read replica/);
      expect((await api(follower.url, 'GET', '/v1/memories/replicated/stats', tokens.read)).body.units).toBe(5);
    } finally {
      await follower.stop();
      replica.stop();
    }
  });

  it('kill -9 during a write burst loses no acknowledged write', async () => {
    const victim = await startServe(database.url);
    await api(victim.url, 'POST', '/v1/memories', tokens.write, { name: 'burst' });
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (lane: number) => {
      for (let n = 0; !killed; n++) {
        const source = `第${lane}路第${n}条快讯。`;
        try {
          const response = await api(victim.url, 'PUT', '/v1/memories/burst/units', tokens.write, { source, target: `Flash ${lane}-${n}.` });
          if (response.status === 201) acknowledged.push(source);
        } catch {
          return;
        }
      }
    };
    const lanes = Array.from({ length: 8 }, (_, lane) => writer(lane));
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    await victim.stop('SIGKILL');
    await Promise.all(lanes);
    const restarted = await startServe(database.url);
    try {
      const found = await api(restarted.url, 'POST', '/v1/memories/burst/lookup', tokens.read, { queries: acknowledged, minScore: 100, limit: 1 });
      const missing = acknowledged.filter((source, at) => found.body.results[at].matches[0]?.source !== source);
      expect(missing).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    } finally {
      await restarted.stop();
    }
  });
});
