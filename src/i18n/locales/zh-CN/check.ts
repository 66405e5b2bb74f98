import type { Messages } from '../../messages.js';
import type en from '../en/check.js';

export default {
  check: {
    summary: '检查译文的术语漂移、职务、数字、占位符、拼写与排版',
    usage: 'tmkit check 文件|目录|"通配模式"... [--terms 文件.tbx|.csv] [--config 文件] [-f text|json|sarif|github|junit|html] [-o 文件] [--quiet] [--max-warnings N] [--baseline 文件] [--fix-baseline]',
    options: {
      terms: '术语库（TBX 或 CSV），含认可、允许、不推荐和禁用的译法；可重复指定',
      config: '配置文件（默认为当前目录或其上级目录中最近的 tmkit.config.json）',
      format: '报告格式：text（默认）、json、sarif、github、junit、html',
      out: '将报告写入文件（原子写入），而非标准输出',
      'max-warnings': '警告多于 N 条时以 1 退出',
      baseline: '忽略此基线文件中记录的问题',
      quiet: '只报告错误：警告既不显示也不计数',
      'fix-baseline': '将当前问题记录到 --baseline 文件并以 0 退出',
    },
  },
  terms: {
    summary: '从已对齐的记忆库提出术语库：人名、职衔、机构和地名，附译法及出现次数',
    usage: 'tmkit terms extract MEMORY... --out FILE.tbx|FILE.csv [--min-units 2]',
    options: {
      out: '提出的术语库：按扩展名写为 TBX（v3，TBX-Basic）或 CSV（原子写入）',
      'min-units': '某译法成为常用译法所需的最少单元数（默认 2）',
    },
    badAction: '未知操作“{{action}}”（可用：{{actions}}）',
    badOut: '无法判断“{{file}}”的术语库格式：请使用 .tbx 或 .csv',
    extracted_one: '已从 {{units}} 个单元提出 {{count}} 个概念（人名 {{names}}，职衔 {{titles}}，机构 {{orgs}}，术语 {{terms}}），写入 {{file}}：使用前请审阅',
    extracted_other: '已从 {{units}} 个单元提出 {{count}} 个概念（人名 {{names}}，职衔 {{titles}}，机构 {{orgs}}，术语 {{terms}}），写入 {{file}}：使用前请审阅',
  },
  errors: {
    emptyFolder: '该目录中没有翻译记忆或 i18next 资源文件',
    noLanguage: '无法判断此资源文件的语言（请放在以语言命名的目录中，如 locales/en/）',
    releaseLanguages: 'i18next 发布包需要中文原文和一种译文语言；现有：{{languages}}',
    tooManyWarnings: '警告过多（{{count}} 个，上限 {{max}}）',
    fixNeedsBaseline: '--fix-baseline 需要 --baseline 文件',
  },
} satisfies Messages<typeof en>;
