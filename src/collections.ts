/** Appends to the list under `key`, creating it: linear, where copying the list each time is quadratic. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/**
 * Remembers a function's answers per text, for texts that repeat across units (names, phrases);
 * bounded, so a huge run cannot exhaust memory.
 */
export function remembered<T>(compute: (text: string) => T, limit = 100_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** The items of `items` left after each item of `taken` cancels one equal item: a multiset difference, in linear time. */
export function withoutEach<T>(items: readonly T[], taken: readonly T[]): T[] {
  const available = new Map<T, number>();
  for (const item of taken) available.set(item, (available.get(item) ?? 0) + 1);
  return items.filter((item) => {
    const count = available.get(item) ?? 0;
    if (count > 0) available.set(item, count - 1);
    return count === 0;
  });
}

/** Levenshtein distance over token arrays, two rows of memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
