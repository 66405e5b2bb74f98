import type { Messages } from '../../messages.js';
import type en from '../en/align.js';

export default {
  align: {
    summary: '将中文文本与其英文译文对齐，生成翻译记忆',
    usage: 'tmkit align 原文 译文 [--presegmented] [--terms 文件] [--format xliff|xliff12|tmx|jsonl] [--out 文件] [--min-score X]',
    options: {
      'source-lang': '记忆中原文的语言代码（默认 zh）',
      'target-lang': '记忆中译文的语言代码（默认 en）',
      presegmented: '每个非空行即一句（不再分句）',
      terms: '术语库（TBX 或 CSV），其中的人名和职务作为对齐锚点',
      format: 'xliff（XLIFF 2，默认）、xliff12、tmx 或 jsonl 对齐组',
      out: '写入文件（原子写入），而非标准输出',
      'min-score': '得分低于 X（0–1，默认 0.5）的对齐组标记为待审校',
    },
  },
  errors: {
    noChinese: '原文中没有汉字：tmkit 将中文原文与英文译文对齐',
    swapped: '原文中没有汉字，而译文是中文：是否把原文和译文的位置弄反了？',
    targetChinese: '译文大部分是中文：tmkit 将中文原文与英文译文对齐（参数顺序是否弄反？）',
  },
} satisfies Messages<typeof en>;
