import type { Messages } from '../../messages.js';
import type en from '../en/align.js';

export default {
  align: {
    summary: '将中文文本与其英文译文对齐，生成翻译记忆',
    usage:
      'tmkit align 原文 译文 [--presegmented] [--terms 文件] [--format xliff|xliff12|tmx|jsonl] [--out 文件 [--overwrite]] [--min-score N]\n' +
      '       tmkit align --batch 列表|中文文件夹 [英文文件夹] (--out-dir 文件夹 | --out 文件) [--overwrite] [以上选项]\n\n' +
      '批量模式在一次运行中用所有处理器核心对齐多个文档对。列表为文本文件，每行一对：\n' +
      '中文路径<TAB>英文路径[<TAB>名称]，路径相对于列表所在文件夹，以 # 开头的行忽略。\n' +
      '也可给出两个文件夹：去掉扩展名和末尾的 .语言 后同名的文件配成一对\n' +
      '（zh/talk.zh.txt 与 en/talk.en.txt，zh/001.txt 与 en/001.txt）。\n' +
      '文档对以第三列命名，否则以中文文件名（去掉扩展名）命名（文件夹：共同的名称）；\n' +
      '--out-dir 写出 文件夹/名称.xlf（.tmx、.jsonl），--out 写出一个记忆库，每对一个文件。\n' +
      '失败的文档对以一行报告并跳过（最后退出码为 1）。',
    options: {
      'source-lang': '记忆中原文的语言代码（默认 zh）',
      'target-lang': '记忆中译文的语言代码（默认 en）',
      presegmented: '每个非空行即一句（不再分句）',
      terms: '术语库（TBX 或 CSV），其中的人名和职务作为对齐锚点',
      format: 'xliff（XLIFF 2）、xliff12、tmx 或 jsonl 对齐组；默认按 --out 的扩展名，否则为 xliff',
      out: '把句对作为独立文件加入记忆库文件（不存在则新建；原子写入），而非输出到标准输出',
      overwrite: '替换该文件原有内容，而非追加',
      'min-score': '得分低于 N（0–100，默认 50）的对齐组标记为待审校',
      batch: '在一次运行中对齐列表中的每一对（或文件夹 LIST 与其后参数所指文件夹中的文件）',
      'out-dir': '批量模式：每对写入 文件夹/名称.xlf（或 .tmx、.jsonl；已有记忆库则追加）',
    },
  },
  batch: {
    progress: '对',
    summary: '已对齐 {{aligned}}/{{total}} 对，用时 {{seconds}} 秒：{{units}} 个单元写入 {{place}}。',
    summaryFailed: '已对齐 {{aligned}}/{{total}} 对，用时 {{seconds}} 秒：{{units}} 个单元写入 {{place}}；{{failed}} 对失败（见上文）。',
    secondFolder: '是文件夹：请在其后给出英文文本所在的文件夹（tmkit align --batch 中文文件夹 英文文件夹）',
    badLine: '应为 中文路径<TAB>英文路径[<TAB>名称]',
    badName: '名称"{{name}}"不能用作文件名（不能含文件夹，不能以点开头）',
    nameTaken: '名称"{{name}}"已在第 {{line}} 行使用：请在第三列为每对指定不同的名称',
    sameKey: '与 {{other}} 同名（{{key}}），无法配对：请重命名其一',
    unpaired: '{{folder}} 中没有同名文件',
    empty: '列表中没有文档对',
    needsOutput: '--batch 需要 --out-dir 文件夹（每对一个记忆库）或 --out 文件（一个记忆库）',
    outDirAlone: '--out-dir 仅用于 --batch；单个文档对请用 --out 文件写出',
    jsonlCombined: '多个文档对的单一记忆库不能是 jsonl：请用 --out-dir 为每对写一个对齐组文件',
  },
  errors: {
    noChinese: '原文中没有汉字：tmkit 将中文原文与英文译文对齐',
    swapped: '原文中没有汉字，而译文是中文：是否把原文和译文的位置弄反了？',
    targetChinese: '译文大部分是中文：tmkit 将中文原文与英文译文对齐（参数顺序是否弄反？）',
  },
} satisfies Messages<typeof en>;
