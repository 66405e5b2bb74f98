import type { Messages } from '../../messages.js';
import type en from '../en/segment.js';

export default {
  segment: {
    summary: '将英文或中文文本切分为句子（每行一句，或带偏移量的 JSON Lines）',
    usage: 'tmkit segment [文件] --lang en|zh [--format text|jsonl] [--rules 文件.srx] [--export-srx]',
    options: {
      lang: '文本语言：en 或 zh（必填）',
      format: 'text：每行一句（默认）；jsonl：{"index","start","end","text"}',
      rules: '使用 SRX 2.0 文件中的规则代替内置规则',
      'export-srx': '以 SRX 2.0 格式输出内置规则',
    },
  },
  errors: {
    noLang: '缺少 --lang（en 或 zh）',
  },
  warnings: {
    chineseAsEnglish: '警告：文本大多是中文，但 --lang 为 en：中文句末标点（。！？）不会断句；请用 --lang zh',
  },
} satisfies Messages<typeof en>;
