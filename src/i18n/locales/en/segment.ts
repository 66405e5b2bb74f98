export default {
  segment: {
    summary: 'split English or Chinese text into sentences (one a line, or JSON lines with offsets)',
    usage: 'tmkit segment [FILE] --lang en|zh [--format text|jsonl] [--rules FILE.srx] [--export-srx]',
    options: {
      lang: 'language of the text: en or zh (required)',
      format: 'text: one sentence a line (default); jsonl: {"index","start","end","text"}',
      rules: 'segment with the rules of an SRX 2.0 file instead of the built-in ones',
      'export-srx': 'print the built-in rules as an SRX 2.0 file',
    },
  },
  errors: {
    noLang: 'missing --lang (en or zh)',
  },
  warnings: {
    chineseAsEnglish: 'warning: the text is mostly Chinese but --lang is en: Chinese sentence ends (。！？) are not split; use --lang zh',
  },
} as const;
