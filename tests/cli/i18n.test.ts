import '../temp-folder.js';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xliff2Format } from '../../src/formats/xliff2.js';
import { allUnits } from '../../src/model/memory.js';
import { runCli } from './run-cli.js';

const ENGLISH = {
  title: 'Order history',
  greeting: 'Welcome back, {{name}}!',
  basket: { count_one: '{{count}} parcel', count_other: '{{count}} parcels', empty: 'Nothing here yet' },
  courier_male: 'Your courier is on his way',
  courier_female: 'Your courier is on her way',
  hint: 'See $t(shop:title) for older orders',
};
const SETTINGS = { theme: { dark: 'Dark mode', light: 'Light mode' }, 'Sign out everywhere?': 'Sign out everywhere?', 'Sign_out_everywhere_': 'Sign out' };

function release(files: Record<string, object>): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'tmkit-i18n-'));
  for (const [file, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), `${JSON.stringify(data, null, 2)}\n`);
  }
  return cwd;
}

/** A translator's pass over the XLIFF, through tmkit's XLIFF 2 reader and writer. */
function translate(file: string, translated: (source: string) => string): void {
  const memory = xliff2Format.parse(readFileSync(file, 'utf8'));
  for (const { unit } of allUnits(memory)) unit.segments[0].target ??= [translated(unit.segments[0].source.join(''))];
  writeFileSync(file, xliff2Format.serialize(memory));
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('tmkit i18n', () => {
  it('exports a release for translators and imports the translations into the plural forms Chinese needs', () => {
    const cwd = release({ 'locales/en/shop.json': ENGLISH, 'locales/en/settings.json': SETTINGS, 'locales/zh-CN/shop.json': { title: '订单记录', retired: '已停用' } });
    const exported = runCli(['i18n', 'export', 'locales', '--lng', 'en', '--to', 'zh-CN', '--out', 'shop.xlf'], { cwd });
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toBe('11 units from settings, shop written to shop.xlf.\n');
    expect(runCli(['validate', 'shop.xlf'], { cwd }).status).toBe(0);
    const xml = readFileSync(path.join(cwd, 'shop.xlf'), 'utf8');
    expect(xml).toContain('<unit id="basket.count_other">');
    expect(xml).not.toContain('basket.count_one');
    translate(path.join(cwd, 'shop.xlf'), (source) => `〔${source}〕`);
    const imported = runCli(['i18n', 'import', 'shop.xlf', '--out', 'locales'], { cwd });
    expect(imported.stdout).toBe(`11 translations of 11 units written to ${path.join('locales', 'zh-CN', 'settings.json')}, ${path.join('locales', 'zh-CN', 'shop.json')}.\n`);
    expect(json(path.join(cwd, 'locales/zh-CN/shop.json'))).toEqual({
      title: '订单记录',
      retired: '已停用',
      greeting: '〔Welcome back, {{name}}!〕',
      basket: { count_other: '〔{{count}} parcels〕', empty: '〔Nothing here yet〕' },
      courier_male: '〔Your courier is on his way〕',
      courier_female: '〔Your courier is on her way〕',
      hint: '〔See $t(shop:title) for older orders〕',
    });
    // A key that is no XLIFF id travels in the unit's name.
    expect(xml).toContain('<unit id="Sign_out_everywhere_-2" name="Sign out everywhere?">');
    expect(json(path.join(cwd, 'locales/zh-CN/settings.json'))).toEqual({ theme: { dark: '〔Dark mode〕', light: '〔Light mode〕' }, 'Sign out everywhere?': '〔Sign out everywhere?〕', Sign_out_everywhere_: '〔Sign out〕' });
  });

  it('brings a Chinese release to English back with both English plural forms, one file per language', () => {
    const cwd = release({ 'i18n/zh-CN.json': { cart: { items_other: '共{{count}}件商品' }, save: '保存' } });
    expect(runCli(['i18n', 'export', 'i18n', '--lng', 'zh-CN', '--to', 'en', '--out', 'en.xlf'], { cwd }).status).toBe(0);
    translate(path.join(cwd, 'en.xlf'), (source) => (source === '保存' ? 'Save' : '{{count}} items'));
    expect(runCli(['i18n', 'import', 'en.xlf', '--out', 'i18n'], { cwd }).status).toBe(0);
    expect(json(path.join(cwd, 'i18n/en.json'))).toEqual({ cart: { items_one: '{{count}} items', items_other: '{{count}} items' }, save: 'Save' });
    // Every form English needs is there, so the release checks clean.
    expect(runCli(['check', 'i18n'], { cwd }).status).toBe(0);
  });

  it('pre-translates from a memory: exact matches as targets, fuzzy ones as notes', () => {
    const cwd = release({ 'locales/en/shop.json': ENGLISH });
    writeFileSync(
      path.join(cwd, 'memory.xlf'),
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
  <file id="f1">
    <unit id="u1"><segment><source>Nothing here yet</source><target>这里还没有内容</target></segment></unit>
    <unit id="u2"><segment><source>Welcome back, {{name}}</source><target>欢迎回来，{{name}}</target></segment></unit>
  </file>
</xliff>
`,
    );
    const result = runCli(['i18n', 'export', 'locales', '--lng', 'en', '--to', 'zh-CN', '--out', 'shop.xlf', '--tm', 'memory.xlf'], { cwd });
    expect(result.stdout).toMatch(/\n1 pre-translated from the memory, 1 fuzzy matches left in notes for review\.\n$/);
    const xml = readFileSync(path.join(cwd, 'shop.xlf'), 'utf8');
    expect(xml).toContain('<target>这里还没有内容</target>');
    expect(xml).toMatch(/<note>\d\d%: Welcome back, \{\{name\}\} → 欢迎回来，\{\{name\}\}<\/note>/);
  });

  it('refuses what XLIFF would not bring back, with one line and exit 2, writing nothing', () => {
    const cwd = release({ 'locales/en/shop.json': { steps: ['Pick', 'Pay'] } });
    const result = runCli(['i18n', 'export', 'locales', '--lng', 'en', '--to', 'zh-CN', '--out', 'shop.xlf'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`tmkit: ${path.join('locales', 'en', 'shop.json')}: "steps" holds an array, which XLIFF would bring back as an object: make it an object of keys\n`);
    expect(existsSync(path.join(cwd, 'shop.xlf'))).toBe(false);
    const chinese = runCli(['i18n', 'export', 'locales', '--lng', 'en', '--to', 'zh-CN', '--out', 'shop.xlf', '--locale', 'zh-CN'], { cwd });
    expect(chinese.stderr).toContain('“steps”的值是数组');
  });

  it('refuses a translated file with inline markup and leaves the release as it was', () => {
    const cwd = release({ 'locales/en/shop.json': { save: 'Save' }, 'locales/zh-CN/shop.json': { save: '保存' } });
    writeFileSync(
      path.join(cwd, 'shop.xlf'),
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN"><file id="shop"><unit id="save"><segment><source>Save</source><target>存<ph id="1"/>储</target></segment></unit></file></xliff>',
    );
    const result = runCli(['i18n', 'import', 'shop.xlf', '--out', 'locales'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('tmkit: shop.xlf: "shop:save" has inline markup in its target, which an i18next resource cannot hold: leave the text plain\n');
    expect(json(path.join(cwd, 'locales/zh-CN/shop.json'))).toEqual({ save: '保存' });
  });

  it('refuses a file whose languages or namespaces would lead out of the release, or that is no XLIFF 2 it could have written', () => {
    const cwd = release({ 'locales/en/shop.json': { save: 'Save' } });
    const unit = '<unit id="save"><segment><source>Save</source><target>Sichern</target></segment></unit>';
    const files = {
      'language.xlf': `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="../../x"><file id="shop">${unit}</file></xliff>`,
      'namespace.xlf': `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="../shop">${unit}</file></xliff>`,
      'group.xlf': `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="shop"><group id="g">${unit}</group></file></xliff>`,
      'other.xlf': '<html><body/></html>',
    };
    const errors = Object.entries(files).map(([name, text]) => {
      writeFileSync(path.join(cwd, name), text);
      const result = runCli(['i18n', 'import', name, '--out', 'locales'], { cwd });
      return [result.status, result.stderr];
    });
    expect(errors).toEqual([
      [2, 'tmkit: language.xlf: "../../x" cannot name a language folder or a resource file\n'],
      [2, 'tmkit: namespace.xlf: "../shop" cannot name a language folder or a resource file\n'],
      [2, 'tmkit: group.xlf: "shop:g" is a group of units, which tmkit i18n export never writes: translate the file it exported\n'],
      [2, 'tmkit: other.xlf: not an XLIFF 2 document\n'],
    ]);
    expect(readdirSync(path.join(cwd, 'locales'))).toEqual(['en']);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  it('tmkit check reports a plural form the target language needs and the release lacks', () => {
    const cwd = release({ 'locales/zh-CN/shop.json': { basket: { items_other: '共{{count}}件' } }, 'locales/en/shop.json': { basket: { items_other: '{{count}} items' } } });
    const result = runCli(['check', 'locales', '--format', 'json'], { cwd });
    expect(result.status).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ rule: string; unit: string; line: number; message: string }> }).findings;
    expect(findings.filter((finding) => finding.rule === 'plural-missing')).toEqual([
      expect.objectContaining({ unit: 'shop:basket.items_one', line: 3, message: 'en needs the plural form "basket.items_one" (one), which the target lacks' }),
    ]);
  });

  it('reports wrong command lines and folders', () => {
    const cwd = release({ 'locales/en/shop.json': { save: 'Save' } });
    const usage = (args: string[]) => runCli(['i18n', ...args], { cwd });
    expect(usage(['publish']).stderr).toMatch(/unknown action "publish" \(one of: export, import\)/);
    expect(usage(['export', 'locales', '--to', 'de', '--out', 'x.xlf']).stderr).toMatch(/missing argument: --lng/);
    expect(usage(['import', 'x.xlf', '--out', 'locales', '--lng', 'en']).stderr).toMatch(/i18n import and --lng cannot be used together/);
    const noSource = usage(['export', 'locales', '--lng', 'fr', '--to', 'de', '--out', 'x.xlf']);
    expect([noSource.status, noSource.stderr]).toEqual([2, 'tmkit: locales: no resource file in fr (languages found: en)\n']);
    expect(usage(['export', 'locales', '--lng', 'en', '--to', 'de', '--out', 'locales/en/x.xlf']).status).toBe(2);
    mkdirSync(path.join(cwd, 'locales/more/en'), { recursive: true });
    writeFileSync(path.join(cwd, 'locales/more/en/shop.json'), '{"save": "Store"}');
    expect(usage(['export', 'locales', '--lng', 'en', '--to', 'de', '--out', 'x.xlf']).stderr).toBe(`tmkit: ${path.join('locales', 'more', 'en', 'shop.json')}: "en/shop" is already read from another file: keep one resource file a language and namespace\n`);
  });
});
