import { describe, expect, it } from 'vitest';
import { matchUnits } from '../../src/tm/tokens.js';

describe('matchUnits', () => {
  it('cuts Chinese by character, other letters and digits by run, punctuation apart', () => {
    expect(matchUnits('2019年6月，Kim’s co-op')).toEqual(['2019', '年', '6', '月', '，', 'Kim’s', 'co', '-', 'op']);
  });

  it('ends a run of digits or Latin letters where Chinese starts', () => {
    expect(matchUnits('1809年会谈ABC文件')).toEqual(['1809', '年', '会', '谈', 'ABC', '文', '件']);
  });
});
