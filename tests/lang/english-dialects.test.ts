import { describe, expect, it } from 'vitest';
import { englishDialects } from '../../src/lang/english-dialects.js';

describe('englishDialects', () => {
  it('follows the region of the language tag, and accepts both where it names none or a mixed one', () => {
    expect(englishDialects('en-US')).toEqual(['american']);
    expect(englishDialects('en-GB')).toEqual(['british']);
    expect(englishDialects('en_au')).toEqual(['british']);
    expect(englishDialects('en')).toEqual(['american', 'british']);
    expect(englishDialects('en-CA')).toEqual(['american', 'british']);
  });
});
