import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMemory } from '../../src/formats/index.js';
import { allUnits, unitSourceText, unitTargetText } from '../../src/model/memory.js';
import type { Unit } from '../../src/types.js';
import { ROOT, runCli } from '../cli/run-cli.js';
import { CHROMIUM, launchChromium, needChromium, type Review, sampleCopy, startReview } from './review-server.js';

const haveChromium = existsSync(CHROMIUM);

let browser: Browser | undefined;
const copies = { main: sampleCopy(), chinese: sampleCopy(), conflict: sampleCopy() };
let servers: Record<keyof typeof copies, Review>;

// The servers start side by side: each loads the checker's word lists.
beforeAll(async () => {
  const start = (name: keyof typeof copies, locale: string) => startReview([copies[name].memory, '--terms', copies[name].terms], locale);
  const [launched, main, chinese, conflict] = await Promise.all([haveChromium ? launchChromium() : undefined, start('main', 'en_US.UTF-8'), start('chinese', 'zh_CN.UTF-8'), start('conflict', 'en_US.UTF-8')]);
  browser = launched;
  servers = { main, chinese, conflict };
});

afterAll(async () => {
  await Promise.all(Object.values(servers ?? {}).map((review) => review.stop()));
  await browser?.close();
});

async function open(review: Review): Promise<{ page: Page; requests: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  page.on('request', (each) => void requests.push(each.url()));
  await page.goto(review.url);
  await page.waitForSelector('[data-testid="row"]');
  return { page, requests };
}

const row = (page: Page, unit: string) => page.locator(`[data-testid="row"][data-unit="${unit}"]`);

/** Clicks a unit's row, scrolling the list to it: only the rows in view are in the page. */
async function selectUnit(page: Page, unit: string): Promise<void> {
  const list = page.locator('[data-testid="list"]');
  await list.evaluate((element) => (element.scrollTop = 0));
  while ((await row(page, unit).count()) === 0) {
    const moved = await list.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollTop += element.clientHeight / 2;
      return element.scrollTop !== before;
    });
    if (!moved) throw new Error(`no row for ${unit}`);
    await page.waitForTimeout(20);
  }
  await row(page, unit).click();
  await page.waitForSelector(`[data-testid="detail"][data-unit="${unit}"]`);
}

/** Waits until the findings shown are those of the memory as it is now (the check thread's). */
async function checked(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="checking"]', { state: 'detached', timeout: 60_000 });
}

/** Each `<unit>` element of an XLIFF file, by id, exactly as written. */
function unitBlocks(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<unit id="([^"]+)"[\s\S]*?<\/unit>/g)].map((match) => [match[1], match[0]]));
}

function unitsById(file: string): Map<string, Unit> {
  return new Map(allUnits(readMemory(readFileSync(file, 'utf8'), file)).map(({ unit }) => [unit.id, unit]));
}

describe('tmkit review in a browser', () => {
  it('reviews the sample: queue, merge, split, move, undo, apply a term, confirm, save losslessly', async (context) => {
    needChromium(context);
    const { memory, terms } = copies.main;
    const review = servers.main;
    const original = readFileSync(memory, 'utf8');
    const { page, requests } = await open(review);

    // The queue starts with the lowest scores, in order.
    const scores = await page.locator('[data-testid="queue-item"] .score').allTextContents();
    expect(scores.length).toBeGreaterThan(3);
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => a - b));
    const lowest = Math.min(...[...unitsById(memory).values()].map((unit) => Number(unit.metadata['tmkit:score'])));
    expect(Number(scores[0])).toBe(lowest);
    await page.locator('[data-testid="queue-item"]').first().click();
    await expect.poll(() => page.locator('[data-testid="detail"]').getAttribute('data-unit')).toBe('u3');

    // The checker's finding on u1, shown before it is fixed (the English screenshot).
    await selectUnit(page, 'u1');
    await checked(page);
    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="term-deprecated"]').count()).toBe(1);
    await page.screenshot({ path: path.join(ROOT, 'docs/review-en.png') });

    // Merge u2 with u3 from the keyboard.
    await selectUnit(page, 'u2');
    await page.keyboard.press('m');
    await expect.poll(() => row(page, 'u3').count()).toBe(0);
    await expect.poll(() => row(page, 'u2').locator('.bead').textContent()).toBe('1-2');

    // Split u18 (2-1) after its first sentence on each side, with the mouse.
    await selectUnit(page, 'u18');
    await page.click('[data-testid="split"]');
    await expect.poll(() => row(page, 'u18-2').count()).toBe(1);

    // Move the second English sentence of u12 to the next bead; undo it, then redo it.
    await selectUnit(page, 'u12');
    await page.click('[data-testid="move-next-target"]');
    await expect.poll(() => row(page, 'u13').locator('.bead').textContent()).toBe('1-2');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, 'u13').locator('.bead').textContent()).toBe('1-1');
    await page.keyboard.press('Control+y');
    await expect.poll(() => row(page, 'u13').locator('.bead').textContent()).toBe('1-2');

    // Apply the termbase's form on u1, then confirm it from the keyboard.
    await selectUnit(page, 'u1');
    await page.locator('[data-testid="finding"][data-rule="term-deprecated"] [data-testid="apply-finding"]').click();
    await expect.poll(() => page.locator('[data-testid="row"][data-unit="u1"] .target').textContent()).toContain('Kim Jong Un');
    await checked(page);
    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="term-deprecated"]').count()).toBe(0);
    await page.keyboard.press('c');
    await expect.poll(() => row(page, 'u1').locator('.state').getAttribute('class')).toContain('reviewed');

    // Concordance: a hit jumps to its unit.
    await page.fill('[data-testid="search"]', 'Choe Son');
    await page.press('[data-testid="search"]', 'Enter');
    await page.locator('[data-testid="hit"]').first().click();
    await expect.poll(() => page.locator('[data-testid="detail"]').getAttribute('data-unit')).toBe('u24');
    expect(await page.locator('[data-testid="hit"] mark').first().textContent()).toBe('Choe Son');

    await page.click('[data-testid="save"]');
    await expect.poll(() => page.locator('[data-testid="message"]').textContent()).toContain('Saved');

    // The saved file: the edits as units, every other unit byte for byte as it was.
    const saved = readFileSync(memory, 'utf8');
    const units = unitsById(memory);
    expect([...units.keys()]).toEqual(['u1', 'u2', ...Array.from({ length: 15 }, (_, i) => `u${i + 4}`), 'u18-2', ...Array.from({ length: 7 }, (_, i) => `u${i + 19}`)]);
    const u1 = units.get('u1')!;
    expect(unitTargetText(u1)).toContain('Kim Jong Un');
    expect(unitTargetText(u1)).not.toContain('Kim Jong-un');
    expect(u1.segments[0].state).toBe('reviewed');
    expect(units.get('u2')!.metadata).toMatchObject({ 'tmkit:bead': '1-2', 'tmkit:source-indices': '1', 'tmkit:target-indices': '1,2', 'tmkit:score': '0.200' });
    expect(unitTargetText(units.get('u2')!)).toBe('FENG YONGBIN/CHINA DAILY CHINA DAILY');
    expect(units.get('u12')!.metadata).toMatchObject({ 'tmkit:bead': '1-1', 'tmkit:target-indices': '11' });
    expect(units.get('u13')!.metadata).toMatchObject({ 'tmkit:bead': '1-2', 'tmkit:target-indices': '12,13' });
    expect(unitTargetText(units.get('u13')!)).toMatch(/^He expressed Beijing’s readiness .* Xi noted that/);
    expect(units.get('u18')!.metadata).toMatchObject({ 'tmkit:bead': '1-1', 'tmkit:source-indices': '17', 'tmkit:target-indices': '18' });
    expect(unitSourceText(units.get('u18')!)).toBe('更让我深切感受到的，是朝中两国人民之间始终不变的深厚友谊。”');
    expect(units.get('u18-2')!.metadata).toMatchObject({ 'tmkit:bead': '1-0', 'tmkit:source-indices': '18', 'tmkit:target-indices': '' });
    expect(units.get('u18-2')!.segments[0].target).toBeUndefined();
    const [before, after] = [unitBlocks(original), unitBlocks(saved)];
    const edited = new Set(['u1', 'u2', 'u3', 'u12', 'u13', 'u18', 'u18-2']);
    for (const [id, block] of before) if (!edited.has(id)) expect(after.get(id), id).toBe(block);
    expect(saved.slice(0, saved.indexOf('<unit '))).toBe(original.slice(0, original.indexOf('<unit ')));
    expect(saved.slice(saved.lastIndexOf('</unit>'))).toBe(original.slice(original.lastIndexOf('</unit>')));

    // `tmkit check` on the saved file no longer reports what was fixed, and still reports what was not.
    const check = runCli(['check', memory, '--terms', terms, '--format', 'json']);
    const findings = (JSON.parse(check.stdout) as { findings: Array<{ unit: string; rule: string; found?: string }> }).findings;
    expect(findings.filter((finding) => finding.unit === 'u1' && finding.rule === 'term-deprecated')).toEqual([]);
    expect(findings.some((finding) => finding.unit === 'u8' && finding.found === 'Kim Jong-un')).toBe(true);

    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => new URL(url).origin !== review.origin)).toEqual([]);
  });

  it('speaks Chinese with a zh-CN locale (the Chinese screenshot)', async (context) => {
    needChromium(context);
    const review = servers.chinese;
    const { page, requests } = await open(review);
    expect(await page.locator('h1').textContent()).toBe('tmkit 审校');
    await selectUnit(page, 'u1');
    await checked(page);
    expect(await page.locator('[data-testid="save"]').textContent()).toBe('保存');
    await page.screenshot({ path: path.join(ROOT, 'docs/review-zh-CN.png') });

    // Filters: one rule, units with findings only.
    await page.selectOption('[data-testid="filter-rule"]', 'spelling');
    await page.check('[data-testid="filter-flagged"]');
    await expect.poll(() => page.locator('[data-testid="row"]').evaluateAll((rows) => rows.map((each) => each.getAttribute('data-unit')))).toEqual(['u4']);

    // Add to termbase: the pair is written to the --terms file.
    await page.fill('[data-testid="term-source"]', '冯永斌');
    await page.fill('[data-testid="term-target"]', 'Feng Yongbin');
    await page.click('[data-testid="add-term"]');
    await expect.poll(() => page.locator('[data-testid="message"]').textContent()).toContain('已加入');
    const termbase = readFileSync(copies.chinese.terms, 'utf8');
    expect(termbase).toContain('<term>冯永斌</term>');
    expect(termbase).toContain('<term>Feng Yongbin</term>');
    expect(requests.filter((url) => new URL(url).origin !== review.origin)).toEqual([]);
  });

  it('refuses to save over a file changed on disk, and offers to reload it', async (context) => {
    needChromium(context);
    const { memory } = copies.conflict;
    const { page } = await open(servers.conflict);
    await selectUnit(page, 'u1');
    await page.keyboard.press('c');
    await expect.poll(() => row(page, 'u1').locator('.state').getAttribute('class')).toContain('reviewed');
    const changed = readFileSync(memory, 'utf8').replace('FENG YONGBIN/CHINA DAILY', 'FENG YONGBIN / CHINA DAILY');
    writeFileSync(memory, changed);
    await page.click('[data-testid="save"]');
    await expect.poll(() => page.locator('[data-testid="message"].error').textContent()).toContain('changed on disk');
    expect(readFileSync(memory, 'utf8')).toBe(changed);
    await page.click('[data-testid="reload"]');
    await expect.poll(() => row(page, 'u2').locator('.target').textContent()).toBe('FENG YONGBIN / CHINA DAILY');
    await expect.poll(() => row(page, 'u1').locator('.state').getAttribute('class')).toContain('translated');
  });
});

/** A raw HTTP request, so that Host and Origin can be anything. */
function get(review: Review, pathname: string, headers: Record<string, string>, method = 'GET'): Promise<number> {
  const { hostname, port } = new URL(review.origin);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path: pathname, method, headers: method === 'POST' ? { 'content-type': 'application/json', ...headers } : headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('tmkit review security', () => {
  it('answers only requests with the token, for its own host and origin', async () => {
    const review = servers.chinese;
    const host = new URL(review.origin).host;
    const token = { 'x-tmkit-token': review.token };
    expect(await get(review, '/api/state', { host, ...token })).toBe(200);
    expect(await get(review, `/?token=${review.token}`, { host })).toBe(200);
    // No token, or a wrong one.
    expect(await get(review, '/api/state', { host })).toBe(403);
    expect(await get(review, '/api/state', { host, 'x-tmkit-token': 'guess' })).toBe(403);
    expect(await get(review, '/', { host })).toBe(403);
    expect(await get(review, '/api/save', { host }, 'POST')).toBe(403);
    // A foreign Host (DNS rebinding) or Origin (another site's page), even with the token.
    expect(await get(review, '/api/state', { host: `evil.example:${new URL(review.origin).port}`, ...token })).toBe(403);
    expect(await get(review, `/?token=${review.token}`, { host: 'evil.example' })).toBe(403);
    expect(await get(review, '/api/save', { host, origin: 'http://evil.example', ...token }, 'POST')).toBe(403);
    expect(await get(review, '/api/state', { host, origin: 'http://evil.example', ...token })).toBe(403);
    expect(await get(review, '/api/save', { host, origin: review.origin, ...token }, 'POST')).toBe(200);
  });

  it('sends a strict Content-Security-Policy', async () => {
    const response = await fetch(servers.chinese.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe|https?:|\*/);
  });
});
