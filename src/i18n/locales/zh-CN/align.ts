import type { Messages } from '../../messages.js';
import type en from '../en/align.js';

export default {
  align: {
    summary: '将中文文本与其英文译文对齐，生成翻译记忆',
    usage: 'tmkit align 原文 译文 [--presegmented] [--terms 文件] [--format xliff|xliff12|tmx|jsonl] [--out 文件 [--overwrite]] [--min-score N]',
    options: {
      'source-lang': '记忆中原文的语言代码（默认 zh）',
      'target-lang': '记忆中译文的语言代码（默认 en）',
      presegmented: '每个非空行即一句（不再分句）',
      terms: '术语库（TBX 或 CSV），其中的人名和职务作为对齐锚点',
      format: 'xliff（XLIFF 2）、xliff12、tmx 或 jsonl 对齐组；默认按 --out 的扩展名，否则为 xliff',
      out: '把句对作为独立文件加入记忆库文件（不存在则新建；原子写入），而非输出到标准输出',
      overwrite: '替换该文件原有内容，而非追加',
      'min-score': '得分低于 N（0–100，默认 50）的对齐组标记为待审校',
    },
  },
  errors: {
    noChinese: '原文中没有汉字：tmkit 将中文原文与英文译文对齐',
    swapped: '原文中没有汉字，而译文是中文：是否把原文和译文的位置弄反了？',
    targetChinese: '译文大部分是中文：tmkit 将中文原文与英文译文对齐（参数顺序是否弄反？）',
  },
} satisfies Messages<typeof en>;
