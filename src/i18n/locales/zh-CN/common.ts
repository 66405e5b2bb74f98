import type { Messages } from '../../messages.js';
import type en from '../en/common.js';

export default {
  help: {
    usage: '用法：tmkit <命令> [选项]',
    usageLabel: '用法：',
    description: '中译英翻译记忆工具：分句、对齐、检索、预翻译与质量检查。',
    commands: '命令：',
    options: '选项：',
    globalOptions: '全局选项：',
    more: '运行 `tmkit <命令> --help` 查看该命令的选项。',
  },
  options: {
    help: '显示本帮助',
    locale: '消息语言（默认取自 LANG）',
    'no-color': '输出不带颜色（亦可设 NO_COLOR=1）',
    version: '显示版本号',
  },
  errors: {
    unknownCommand: '未知命令“{{command}}”（见 tmkit --help）',
    unknownOption: '未知选项 {{option}}',
    missingValue: '选项 {{option}} 需要一个值',
    badNumber: '{{option}}：“{{value}}”不是有效的数值',
    badChoice: '{{option}}：“{{value}}”不在 {{choices}} 之中',
    outOfRange: '{{option}}：{{value}} 超出范围（{{min}} 到 {{max}}）',
    missingArgument: '缺少参数：{{name}}',
    tooManyArguments: '多余的参数：{{extra}}',
    internal: '内部错误：{{message}}',
    formatContradictsExtension: '{{option}} {{format}} 与 {{file}} 的扩展名不符（{{implied}}）',
    notAMemory: '不是可以追加的翻译记忆库（XLIFF、TMX）；--overwrite 会替换它',
    memoryFormatMismatch: '内容是 {{held}}，与扩展名 {{extension}} 不符；请换个文件名，或用 --overwrite 替换它',
    memoryFormatChange: '{{file}} 是 {{held}}：{{option}} {{format}} 会改变记忆库的格式（--overwrite 可重新开始）',
    memoryLanguages: '{{held}} 的记忆库不能加入 {{pair}} 的句对',
    outputIsInput: '{{output}} 会覆盖输入文件 {{input}}：请写到另一个文件',
  },
  memory: {
    created: '翻译记忆已写入 {{file}}：共 {{units}} 个单元。',
    added: '已将 {{document}} 作为新文件加入 {{file}}：现共 {{units}} 个单元。',
    replaced: '已替换 {{file}} 中 {{document}} 的单元：现共 {{units}} 个单元。',
  },
  pipeline: {
    segmented: '分句：中文 {{source}} 句，英文 {{target}} 句。',
    aligned: '对齐：共 {{beads}} 个单元（一对一 {{oneToOne}} 个，合并或拆分 {{merged}} 个，无对应 {{unmatched}} 个，待审校 {{review}} 个）。',
    summary: '分句、对齐、写入翻译记忆、检查并报告：对一篇双语文章执行完整流程',
    usage: 'tmkit pipeline 原文 译文 --memory 文件.xlf [--overwrite] [--terms 文件.tbx] [--format text|json|…]',
    options: {
      memory: '句对作为独立文件加入的翻译记忆（不存在则新建；.xlf 为 XLIFF 2，.tmx 为 TMX）',
      terms: '用于检查的术语库（TBX 或 CSV）',
      format: '报告格式（默认 text）',
      overwrite: '替换记忆库文件原有内容，而非追加',
      'fail-on-findings': '检查发现错误时以 1 退出',
    },
  },
} satisfies Messages<typeof en>;
