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
