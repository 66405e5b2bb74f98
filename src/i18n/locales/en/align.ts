export default {
  align: {
    summary: 'align a Chinese text with its English translation into a translation memory',
    usage:
      'tmkit align SOURCE TARGET [--presegmented] [--terms FILE] [--format xliff|xliff12|tmx|jsonl] [--out FILE [--overwrite]] [--min-score N]\n' +
      '       tmkit align --batch LIST|ZH-FOLDER [EN-FOLDER] (--out-dir DIR | --out FILE) [--overwrite] [options above]\n\n' +
      'Batch mode aligns many pairs in one run, on every core. LIST is a text file with one pair a line:\n' +
      'zh-path<TAB>en-path[<TAB>name], paths relative to the folder of LIST, lines starting with # ignored.\n' +
      'Or give two folders: a file of one pairs with the file of the other that has the same name once the\n' +
      'extension and a final .LANG are dropped (zh/talk.zh.txt with en/talk.en.txt, zh/001.txt with en/001.txt).\n' +
      'A pair is named by the third column, else by the Chinese file name without extension (folders: the\n' +
      'shared name); --out-dir writes DIR/NAME.xlf (.tmx, .jsonl), --out one memory with a file per pair.\n' +
      'A pair that fails is reported on one line and skipped (exit 1 at the end).',
    options: {
      'source-lang': 'language code of SOURCE in the memory (default: zh)',
      'target-lang': 'language code of TARGET in the memory (default: en)',
      presegmented: 'each non-empty line is one sentence (no segmentation)',
      terms: 'termbase (TBX or CSV) whose names and titles anchor the alignment',
      format: 'xliff (XLIFF 2), xliff12, tmx, or jsonl beads; default: what the extension of --out says, else xliff',
      out: 'add the pair to the memory FILE as its own file (created when missing; atomically) instead of printing it',
      overwrite: 'replace whatever FILE holds instead of adding to it',
      'min-score': 'beads scoring below N (0–100, default 50) are marked for review',
      batch: 'align every pair of LIST (or of the folders LIST and the argument after it) in one run',
      'out-dir': 'batch mode: write each pair to DIR/NAME.xlf (or .tmx, .jsonl; added to a memory already there)',
    },
  },
  batch: {
    progress: 'pairs',
    summary: 'Aligned {{aligned}} of {{total}} pairs in {{seconds}} s: {{units}} units written to {{place}}.',
    summaryFailed: 'Aligned {{aligned}} of {{total}} pairs in {{seconds}} s: {{units}} units written to {{place}}; {{failed}} failed (see above).',
    secondFolder: 'is a folder: give the folder of English texts after it (tmkit align --batch ZH-FOLDER EN-FOLDER)',
    badLine: 'expected zh-path<TAB>en-path[<TAB>name]',
    badName: 'the name "{{name}}" cannot name a file (no folders, not starting with a dot)',
    nameTaken: 'the name "{{name}}" is already used on line {{line}}: give each pair its own name in a third column',
    sameKey: 'pairs by the same name ({{key}}) as {{other}}: rename one',
    unpaired: 'no file of the same name in {{folder}}',
    empty: 'no document pairs in this list',
    needsOutput: '--batch needs --out-dir DIR (a memory per pair) or --out FILE (one memory)',
    outDirAlone: '--out-dir is for --batch; a single pair is written with --out FILE',
    jsonlCombined: 'one memory of many pairs cannot be jsonl: use --out-dir for a bead file per pair',
  },
  errors: {
    noChinese: 'SOURCE has no Chinese characters: tmkit aligns a Chinese SOURCE with an English TARGET',
    swapped: 'SOURCE has no Chinese characters but TARGET is Chinese: are SOURCE and TARGET swapped?',
    targetChinese: 'TARGET is mostly Chinese: tmkit aligns a Chinese SOURCE with an English TARGET (swapped arguments?)',
  },
} as const;
