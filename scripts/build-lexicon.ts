/**
 * Stores the CC-CEDICT lexicon reduced for alignment next to the built code (dist/data), so that
 * `tmkit align` loads it in a fraction of the time. Run by `npm run build`; the aligner rebuilds
 * the lexicon in memory whenever the stored one is missing or was made from another dictionary.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCedictLexicon, serializeLexicon } from '../src/align/index.js';
import { cedictRelease } from '../src/cli/lexicon-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'dist/data/cedict-lexicon.bin');
mkdirSync(path.dirname(target), { recursive: true });
const bytes = serializeLexicon(await loadCedictLexicon(), await cedictRelease());
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, bytes);
renameSync(temporary, target);
