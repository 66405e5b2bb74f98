export default {
  align: {
    summary: 'align a Chinese text with its English translation into a translation memory',
    usage: 'tmkit align SOURCE TARGET [--presegmented] [--terms FILE] [--format xliff|xliff12|tmx|jsonl] [--out FILE [--overwrite]] [--min-score N]',
    options: {
      'source-lang': 'language code of SOURCE in the memory (default: zh)',
      'target-lang': 'language code of TARGET in the memory (default: en)',
      presegmented: 'each non-empty line is one sentence (no segmentation)',
      terms: 'termbase (TBX or CSV) whose names and titles anchor the alignment',
      format: 'xliff (XLIFF 2), xliff12, tmx, or jsonl beads; default: what the extension of --out says, else xliff',
      out: 'add the pair to the memory FILE as its own file (created when missing; atomically) instead of printing it',
      overwrite: 'replace whatever FILE holds instead of adding to it',
      'min-score': 'beads scoring below N (0–100, default 50) are marked for review',
    },
  },
  errors: {
    noChinese: 'SOURCE has no Chinese characters: tmkit aligns a Chinese SOURCE with an English TARGET',
    swapped: 'SOURCE has no Chinese characters but TARGET is Chinese: are SOURCE and TARGET swapped?',
    targetChinese: 'TARGET is mostly Chinese: tmkit aligns a Chinese SOURCE with an English TARGET (swapped arguments?)',
  },
} as const;
