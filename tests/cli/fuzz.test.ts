import { describe, expect, it } from 'vitest';
import { fuzz, MUTATION_NAMES } from '../../scripts/fuzz-engine.js';

describe('fuzzing the built CLI', () => {
  it('finds no internal error, hang, unreadable output or messy message in a fixed run', async () => {
    const result = await fuzz({ seed: 1, calls: 60 });
    expect(result.failures).toEqual([]);
    expect(result.calls).toBeGreaterThanOrEqual(60);
    expect(Object.keys(result.mutations).length).toBeGreaterThan(MUTATION_NAMES.length / 2);
  });
});
