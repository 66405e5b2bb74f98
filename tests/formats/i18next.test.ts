import { createjs, js2xliff, targetOfjs, type XliffJs, xliff2js } from 'xliff';
import { describe, expect, it } from 'vitest';
import { i18nextToMemory, type ResourceFile, ResourceLoss, resourceFileOf } from '../../src/formats/i18next.js';
import { releaseToXliff, withTranslations, xliffToRelease } from '../../src/formats/i18next-xliff.js';
import { xliff2Format } from '../../src/formats/xliff2.js';
import { allUnits } from '../../src/model/memory.js';
import { type Memory, MISSING_PLURAL_FORM } from '../../src/types.js';

const file = (lng: string, ns: string, data: object): ResourceFile => ({ lng, ns, file: `locales/${lng}/${ns}.json`, text: JSON.stringify(data, null, 2) });

const COMMON = {
  title: 'Orders',
  greeting: 'Hello, {{name}}!',
  help: 'See $t(glossary:order) and $t(common:title, { "count": {{count}} })',
  cart: {
    items_zero: 'Your basket is empty',
    items_one: '{{count}} parcel',
    items_other: '{{count}} parcels',
    header: { label: 'Basket' },
  },
  friend_male: 'A friend of his',
  friend_female: 'A friend of hers',
  friend_male_one: 'He has {{count}} friend',
  friend_male_other: 'He has {{count}} friends',
  place_ordinal_one: '{{count}}st place',
  place_ordinal_two: '{{count}}nd place',
  place_ordinal_few: '{{count}}rd place',
  place_ordinal_other: '{{count}}th place',
  markup: 'Press <b>Save</b> & "go"',
  spaced: '  two spaces around  ',
  lines: 'first\nsecond',
  empty: '',
};
const GLOSSARY = { order: 'order', terms: { 'delivery-date': 'delivery date' } };

/** A translator's work on the exported file: every unit gets `translate(source, id)` as its target, through tmkit's own XLIFF 2 reader and writer. */
function translate(xml: string, translated: (source: string, id: string) => string): string {
  const memory = xliff2Format.parse(xml);
  for (const { unit } of allUnits(memory)) {
    const segment = unit.segments[0];
    segment.target = [translated(segment.source.join(''), unit.id)];
  }
  return xliff2Format.serialize(memory);
}

/** What an import writes, as objects by namespace. */
function imported(xml: string, existing: Record<string, object> = {}): Record<string, object> {
  const release = xliffToRelease(xml, 'release.xlf');
  return Object.fromEntries([...release.namespaces].map(([ns, messages]) => [ns, JSON.parse(withTranslations(existing[ns], release.trgLang, ns, messages)) as object]));
}

function keysOf(memory: Memory): string[] {
  return allUnits(memory).map(({ unit }) => unit.id);
}

describe('i18next releases', () => {
  it('finds language and namespace in the layouts i18next backends load', () => {
    expect(resourceFileOf('locales/zh-CN/common.json')).toEqual({ lng: 'zh-CN', ns: 'common' });
    expect(resourceFileOf('public/locales/en/translation.json')).toEqual({ lng: 'en', ns: 'translation' });
    expect(resourceFileOf('i18n/de.json')).toEqual({ lng: 'de', ns: 'translation' });
    expect(resourceFileOf('i18n/strings.json')).toBeUndefined();
  });

  it('asks i18next which plural forms each language needs: English two, Chinese one, Russian four', () => {
    const source = [file('en', 'common', { cart: { items_one: '{{count}} parcel', items_other: '{{count}} parcels' } })];
    const forms = (lng: string) => keysOf(i18nextToMemory(source, 'en', lng));
    expect(forms('de')).toEqual(['common:cart.items_one', 'common:cart.items_other']);
    expect(forms('zh-CN')).toEqual(['common:cart.items_other']);
    expect(forms('ru')).toEqual(['common:cart.items_one', 'common:cart.items_few', 'common:cart.items_many', 'common:cart.items_other']);
    // A form the source lacks is translated from its `other` form.
    expect(allUnits(i18nextToMemory(source, 'en', 'ru')).map(({ unit }) => unit.segments[0].source.join(''))).toEqual(['{{count}} parcel', '{{count}} parcels', '{{count}} parcels', '{{count}} parcels']);
  });

  it('marks a plural form the target lacks while it has the others', () => {
    const memory = i18nextToMemory(
      [file('zh-CN', 'common', { items_other: '{{count}}件' }), file('en', 'common', { items_other: '{{count}} items', none_other: 'x' })],
      'zh-CN',
      'en',
    );
    expect(allUnits(memory).map(({ unit }) => [unit.id, unit.metadata[MISSING_PLURAL_FORM] ?? null, unit.location?.line ?? null])).toEqual([
      ['common:items_one', 'one', 2],
      ['common:items_other', null, 2],
    ]);
  });

  it('keeps every key, namespace, nesting, plural and ordinal form, context, interpolation and nesting call through XLIFF and back', () => {
    const release = [file('en', 'common', COMMON), file('en', 'glossary', GLOSSARY)];
    const xml = releaseToXliff(i18nextToMemory(release, 'en', 'en-GB', { refuseLosses: true }));
    expect(xml).toContain('<unit id="cart.header.label">');
    expect(xml).toContain('{{name}}');
    const back = imported(translate(xml, (source) => source));
    // British English needs the plural and ordinal forms American English has, so the release comes back whole.
    expect(back).toEqual({ common: COMMON, glossary: GLOSSARY });
  });

  it('writes the forms the target language needs and keeps what the target file held', () => {
    const release = [file('en', 'common', COMMON), file('zh-CN', 'common', { title: '订单', legacy: { kept: '保留' } })];
    const xml = releaseToXliff(i18nextToMemory(release, 'en', 'zh-CN', { refuseLosses: true }));
    expect(xml).toContain('<target>订单</target>');
    const back = imported(
      translate(xml, (source, id) => (id === 'title' ? '订单' : `译:${source}`)),
      { common: { title: '订单', legacy: { kept: '保留' } } },
    ) as { common: Record<string, Record<string, string>> };
    expect(back.common.legacy).toEqual({ kept: '保留' });
    expect(Object.keys(back.common.cart)).toEqual(['items_zero', 'items_other', 'header']);
    expect(back.common.cart.items_other).toBe('译:{{count}} parcels');
    expect(Object.keys(back.common).filter((key) => key.startsWith('place'))).toEqual(['place_ordinal_other']);
  });

  it('puts a fuzzy match in a note, not in the target', () => {
    const memory = i18nextToMemory([file('en', 'common', { a: 'Save the file', b: 'Open' })], 'en', 'zh-CN');
    const [a, b] = allUnits(memory).map(({ unit }) => unit.segments[0]);
    Object.assign(a, { target: ['保存文件'], state: 'translated', candidates: [{ score: 100, source: 'Save the file', target: '保存文件' }] });
    Object.assign(b, { target: ['打开它'], state: 'initial', candidates: [{ score: 80, source: 'Open it', target: '打开它' }] });
    const xml = releaseToXliff(memory);
    expect(xml).toContain('<target>保存文件</target>');
    expect(xml).toContain('<note>80%: Open it → 打开它</note>');
    expect(xliffToRelease(xml, 'x.xlf').namespaces.get('common')).toEqual(new Map([['a', '保存文件']]));
  });

  describe('what the xliff package would lose is refused', () => {
    const loss = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return error instanceof ResourceLoss ? [error.kind, error.key, error.file] : error;
      }
      return 'no error';
    };

    it('an array comes back from targetOfjs as an object with keys "0", "1"', () => {
      const js = createjs('en', 'de', { list: ['a', 'b'] } as unknown as Record<string, string>, { list: ['a', 'b'] } as unknown as Record<string, string>, 'ns', () => undefined, {});
      let back: XliffJs = {};
      xliff2js(js2xliff(js, {}, () => undefined), {}, (_error, result) => (back = result));
      expect(targetOfjs(back)).toEqual({ list: { 0: 'a', 1: 'b' } });
      expect(loss(() => i18nextToMemory([file('en', 'common', { steps: { list: ['a', 'b'] } })], 'en', 'de', { refuseLosses: true }))).toEqual(['array', 'steps.list', 'locales/en/common.json']);
    });

    it('nested objects through createjs: ids repeat across groups, a source is dropped or the call throws, so tmkit passes full keys', () => {
      const nested = { a: { title: 'First' }, b: { title: 'Second' } } as unknown as Record<string, string>;
      const groups = js2xliff(createjs('en', 'de', nested, { a: {}, b: {} } as unknown as Record<string, string>, 'ns', () => undefined, { a: {}, b: {} } as unknown as Record<string, string>), {}, () => undefined);
      expect(groups.match(/<unit id="title">/g)).toHaveLength(2);
      const noTarget = js2xliff(createjs('en', 'de', nested, {}, 'ns', () => undefined), {}, () => undefined);
      expect(noTarget).not.toContain('First');
      expect(noTarget).toContain('unknown inline element was ignored');
      expect(() => createjs('en', 'de', nested, { a: {}, b: {} } as unknown as Record<string, string>, 'ns', () => undefined)).toThrow(TypeError);
      const flat = releaseToXliff(i18nextToMemory([file('en', 'ns', nested)], 'en', 'de'));
      expect([...flat.matchAll(/<unit id="([^"]+)">/g)].map((match) => match[1])).toEqual(['a.title', 'b.title']);
    });

    it('a key holding the key separator would come back nested', () => {
      expect(loss(() => i18nextToMemory([file('en', 'common', { 'v1.2': 'Version' })], 'en', 'de', { refuseLosses: true }))).toEqual(['separatorInKey', 'v1.2', 'locales/en/common.json']);
      expect(JSON.parse(withTranslations(undefined, 'de', 'common', new Map([['v1.2', 'Version']])))).toEqual({ v1: { 2: 'Version' } });
    });

    it('numbers and booleans are not messages', () => {
      expect(loss(() => i18nextToMemory([file('en', 'common', { limit: 5 })], 'en', 'de', { refuseLosses: true }))).toEqual(['notText', 'limit', 'locales/en/common.json']);
      // `tmkit check` reads such a release and leaves them out, as i18next's `t` does.
      expect(keysOf(i18nextToMemory([file('en', 'common', { limit: 5, list: ['a'], name: 'x' })], 'en', 'de'))).toEqual(['common:name']);
    });

    it('a value of white space only is read back from XLIFF as empty', () => {
      let back: XliffJs = {};
      xliff2js(js2xliff(createjs('en', 'de', { gap: ' ' }, {}, 'ns', () => undefined, {}), {}, () => undefined), {}, (_error, result) => (back = result));
      expect(back.resources?.ns.gap.source).toBe('');
      expect(loss(() => releaseToXliff(i18nextToMemory([file('en', 'common', { gap: ' ' })], 'en', 'de')))).toEqual(['xliffChanged', 'common:gap', 'locales/en/common.json']);
    });

    it('a target with inline markup added by a tool is not text', () => {
      const xml = releaseToXliff(i18nextToMemory([file('en', 'common', { a: 'Save' })], 'en', 'de')).replace('<source>Save</source>', '<source>Save</source><target>Sichern <ph id="1"/></target>');
      expect(loss(() => xliffToRelease(xml, 'de.xlf'))).toEqual(['inlineMarkup', 'common:a', 'de.xlf']);
    });
  });
});
