export default {
  align: {
    summary: 'align a Chinese text with its English translation into a translation memory',
    usage: 'tmkit align SOURCE TARGET [--presegmented] [--terms FILE] [--format xliff|xliff12|tmx|jsonl] [--out FILE] [--min-score X]',
    options: {
      'source-lang': 'language code of SOURCE in the memory (default: zh)',
      'target-lang': 'language code of TARGET in the memory (default: en)',
      presegmented: 'each non-empty line is one sentence (no segmentation)',
      terms: 'termbase (TBX or CSV) whose names and titles anchor the alignment',
      format: 'xliff (XLIFF 2, default), xliff12, tmx, or jsonl beads',
      out: 'write to FILE (atomically) instead of standard output',
      'min-score': 'beads scoring below X (0–1, default 0.5) are marked for review',
    },
  },
  errors: {
    noChinese: 'SOURCE has no Chinese characters: tmkit aligns a Chinese SOURCE with an English TARGET',
    swapped: 'SOURCE has no Chinese characters but TARGET is Chinese: are SOURCE and TARGET swapped?',
    targetChinese: 'TARGET is mostly Chinese: tmkit aligns a Chinese SOURCE with an English TARGET (swapped arguments?)',
  },
} as const;
