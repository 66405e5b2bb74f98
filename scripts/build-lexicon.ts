/**
 * Stores CC-CEDICT next to the built code (dist/data) in the two shapes tmkit uses: the lexicon
 * reduced for alignment and the checker's dictionary of senses, so that `tmkit align` and
 * `tmkit check` load them in a fraction of the time. Run by `npm run build`; whenever a stored file
 * is missing or was made from another dictionary, the commands build it in memory instead.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCedictLexicon, serializeLexicon } from '../src/align/index.js';
import { cedictRelease } from '../src/cli/lexicon-files.js';
import { loadCedictSenses } from '../src/terms/dictionary.js';
import { serializeDictionary } from '../src/terms/dictionary-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const release = await cedictRelease();

function store(file: string, contents: string | Uint8Array): void {
  const target = path.join(root, 'dist/data', file);
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, target);
}

store('cedict-lexicon.bin', serializeLexicon(await loadCedictLexicon(), release));
store('cedict-senses.txt', serializeDictionary(await loadCedictSenses(), release));
