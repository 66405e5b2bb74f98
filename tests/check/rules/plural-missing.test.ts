import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/plural-missing.js';
import { i18nextToMemory, type ResourceFile } from '../../../src/formats/i18next.js';
import { allUnits } from '../../../src/model/memory.js';
import { found, run } from '../rule-harness.js';
import type { CheckedUnit } from '../../../src/check/rule.js';

const file = (lng: string, data: object): ResourceFile => ({ lng, ns: 'common', file: `${lng}/common.json`, text: JSON.stringify(data, null, 2) });

function release(source: object, target: object, targetLang = 'en'): CheckedUnit[] {
  const memory = i18nextToMemory([file('zh-CN', source), file(targetLang, target)], 'zh-CN', targetLang);
  return allUnits(memory).map(({ unit }) => ({ file: `${targetLang}/common.json`, unit, source: unit.segments[0].source.join(''), target: unit.segments[0].target?.join('') ?? '', hasTarget: unit.segments[0].target !== undefined, srcLang: 'zh-CN', trgLang: targetLang }));
}

describe('plural-missing', () => {
  it('reports a plural form the target language needs and the target lacks', () => {
    const reports = run(rule, release({ items_other: '共{{count}}件', title: '订单' }, { items_other: '{{count}} items', title: 'Orders' }));
    expect(found(reports)).toEqual([['common:items_one', 'missing', null, 'items_one']]);
    expect(reports[0].data).toEqual({ form: 'items_one', category: 'one', language: 'en' });
    expect(reports[0].unit.unit.location?.line).toBe(2);
  });

  it('asks for the forms of the target language only, ordinal ones too', () => {
    expect(found(run(rule, release({ items_other: '共{{count}}件' }, { items_one: '{{count}} item', items_other: '{{count}} items' })))).toEqual([]);
    expect(found(run(rule, release({ rank_ordinal_other: '第{{count}}名' }, { rank_ordinal_one: '{{count}}st', rank_ordinal_other: '{{count}}th' })))).toEqual([
      ['common:rank_ordinal_two', 'missing', null, 'rank_ordinal_two'],
      ['common:rank_ordinal_few', 'missing', null, 'rank_ordinal_few'],
    ]);
    expect(found(run(rule, release({ items_other: '共{{count}}件' }, { items_one: 'одна', items_other: '{{count}}' }, 'ru'))).map(([id]) => id)).toEqual(['common:items_few', 'common:items_many']);
  });

  it('leaves a key the target does not translate at all to untranslated', () => {
    expect(found(run(rule, release({ items_other: '共{{count}}件' }, {})))).toEqual([]);
  });
});
