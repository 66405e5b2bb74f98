import { readdir, readFile } from 'node:fs/promises';
import type { SchemaFile } from '../validate/schema.js';

/** The `schemas/` folder shipped with the package (beside `dist/`). */
const SCHEMA_FOLDER = new URL('../../schemas/', import.meta.url);

/** Every schema file shipped, with its path inside `schemas/`. */
export async function loadSchemaFiles(folder = ''): Promise<SchemaFile[]> {
  const entries = await readdir(new URL(folder, SCHEMA_FOLDER), { withFileTypes: true });
  const found = await Promise.all(
    entries.map(async (entry): Promise<SchemaFile[]> => {
      const path = `${folder}${entry.name}`;
      if (entry.isDirectory()) return loadSchemaFiles(`${path}/`);
      return /\.(xsd|rng|dtd)$/.test(entry.name) ? [{ path, contents: await readFile(new URL(path, SCHEMA_FOLDER)) }] : [];
    }),
  );
  return found.flat();
}
