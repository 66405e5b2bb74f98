/**
 * Document pairs of news-article length for the batch benchmark, cut at run time from the shared
 * development text (`../shared/data/align-dev`, text 001: one sentence a line, with each sentence's
 * verse): consecutive runs of about 35 English sentences, cut where a verse ends, with the Chinese
 * sentences of the same verses. The pairs are written to a folder with a list for
 * `tmkit align --batch`; nothing of the text is kept in the repository.
 *
 *   npx tsx scripts/batch-pairs.ts DIR [--pairs 120]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(process.env.TMKIT_SHARED ?? path.resolve(root, '../shared'), 'data/align-dev');
const lines = (file: string) => readFileSync(path.join(data, file), 'utf8').replace(/\n$/, '').split('\n');

/** English sentences in a pair: what a news article of 600–900 words has. */
const ENGLISH_SENTENCES = 35;

export interface BatchPairs {
  list: string;
  pairs: number;
  zhSentences: number;
  enSentences: number;
}

/** Writes `count` pairs to `dir/zh`, `dir/en` and the list `dir/pairs.tsv`. */
export function writeBatchPairs(dir: string, count: number): BatchPairs {
  const zh = lines('001.zh');
  const en = lines('001.en');
  const zhVerse = lines('zh.verse');
  const enVerse = lines('en.verse');
  mkdirSync(path.join(dir, 'zh'), { recursive: true });
  mkdirSync(path.join(dir, 'en'), { recursive: true });
  const list: string[] = [];
  let zhStart = 0;
  let enStart = 0;
  for (let pair = 1; pair <= count; pair++) {
    let enEnd = Math.min(en.length, enStart + ENGLISH_SENTENCES);
    while (enEnd < en.length && enVerse[enEnd] === enVerse[enEnd - 1]) enEnd++;
    let zhEnd = zhStart;
    while (zhEnd < zh.length && (enEnd === en.length || zhVerse[zhEnd] !== enVerse[enEnd])) zhEnd++;
    if (enEnd === enStart || zhEnd === zhStart) throw new Error(`text 001 holds fewer than ${count} pairs of ${ENGLISH_SENTENCES} sentences`);
    const name = `article-${String(pair).padStart(3, '0')}`;
    writeFileSync(path.join(dir, 'zh', `${name}.txt`), `${zh.slice(zhStart, zhEnd).join('\n')}\n`);
    writeFileSync(path.join(dir, 'en', `${name}.txt`), `${en.slice(enStart, enEnd).join('\n')}\n`);
    list.push(`zh/${name}.txt\ten/${name}.txt\t${name}`);
    zhStart = zhEnd;
    enStart = enEnd;
  }
  writeFileSync(path.join(dir, 'pairs.tsv'), `${list.join('\n')}\n`);
  return { list: path.join(dir, 'pairs.tsv'), pairs: count, zhSentences: zhStart, enSentences: enStart };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: npx tsx scripts/batch-pairs.ts DIR [--pairs 120]');
  const index = process.argv.indexOf('--pairs');
  const written = writeBatchPairs(dir, index > 0 ? Number(process.argv[index + 1]) : 120);
  console.log(`${written.pairs} pairs (${written.zhSentences} Chinese, ${written.enSentences} English sentences) listed in ${written.list}`);
}
