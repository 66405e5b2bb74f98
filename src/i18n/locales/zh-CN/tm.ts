import type { Messages } from '../../messages.js';
import type en from '../en/tm.js';

export default {
  lookup: {
    summary: '在翻译记忆中模糊检索句子（匹配率 0–100，显示差异）',
    usage: 'tmkit lookup --tm 路径 [查询] [--queries 文件] [--min-score 70] [--limit 5] [--format text|jsonl]',
    options: {
      tm: '翻译记忆：文件（XLIFF、TMX）或其所在目录，或服务器上的翻译记忆 http://主机:端口/v1/memories/名称',
      'token-file': '存放服务器翻译记忆令牌的文件（默认取环境变量 TMKIT_TOKEN）',
      queries: '查询文件，每行一条',
      'min-score': '显示的最低匹配率（0–100，默认 70）',
      limit: '每条查询最多显示的匹配数（默认 5）',
      format: 'text（默认）或 jsonl：每条查询一个对象',
    },
    query: '查询：',
    none: '无匹配',
  },
  concordance: {
    summary: '在翻译记忆中查找词语或术语的全部用例（带上下文）',
    usage: 'tmkit concordance --tm 路径 词语 [--side source|target]',
    options: {
      tm: '翻译记忆：文件（XLIFF、TMX）或其所在目录，或服务器上的翻译记忆 http://主机:端口/v1/memories/名称',
      'token-file': '存放服务器翻译记忆令牌的文件（默认取环境变量 TMKIT_TOKEN）',
      side: '只搜索原文或译文（默认两者）',
    },
    count_one: '“{{term}}”共 {{count}} 处',
    count_other: '“{{term}}”共 {{count}} 处',
  },
  leverage: {
    summary: '用翻译记忆预翻译 XLIFF 文件，并输出匹配分析',
    usage: 'tmkit leverage 文件 --tm 路径 --out 文件 [--analysis 文件.csv|.json] [--min-score 75] [--overwrite]',
    options: {
      tm: '翻译记忆：文件（XLIFF、TMX）或其所在目录，或服务器上的翻译记忆 http://主机:端口/v1/memories/名称',
      'token-file': '存放服务器翻译记忆令牌的文件（默认取环境变量 TMKIT_TOKEN）',
      out: '预翻译后的文件（与输入格式相同，扩展名须与之相符；原子写入）',
      analysis: '另将匹配分析写成 CSV 或 JSON（按扩展名）',
      'min-score': '填入译文的最低匹配率（0–100，默认 75）；模糊匹配标记为待审校',
      overwrite: '已有译文也予以替换',
    },
    analysisExtension: '--analysis {{file}}：请用 .csv 或 .json 文件',
    otherLanguage: '文档的语言是 {{language}}，记忆库 {{memory}} 的是 {{memoryLanguage}}',
    match: '匹配',
    units: '句段',
    characters: '字数（中）',
    words: '词数（英）',
    filled_one: '已预翻译 {{count}} 个句段，写入 {{file}}。',
    filled_other: '已预翻译 {{count}} 个句段，写入 {{file}}。',
    band: {
      context: '上下文匹配',
      repetitions: '重复',
      '100': '100%',
      '95-99': '95–99%',
      '85-94': '85–94%',
      '75-84': '75–84%',
      '50-74': '50–74%',
      'no match': '无匹配',
    },
  },
  tm: {
    summary: '导入、导出、合并、转换和统计翻译记忆',
    usage: 'tmkit tm import 路径... --tm 文件 | export --tm 路径 --out 文件 | merge 路径... --out 文件 | convert 文件 --out 文件 | stats --tm 路径  [--to xliff|xliff12|tmx]',
    options: {
      tm: '翻译记忆（文件；export 和 stats 可为目录），或服务器上的翻译记忆 http://主机:端口/v1/memories/名称',
      'token-file': '存放服务器翻译记忆令牌的文件（默认取环境变量 TMKIT_TOKEN）',
      out: '输出文件（原子写入），按扩展名确定格式',
      to: '输出格式，须与扩展名相符（.xlf：xliff 或 xliff12）；默认按扩展名',
    },
    badAction: '未知操作“{{action}}”（可用：{{actions}}）',
    importNeedsFile: '--tm 须为要导入的记忆文件，而非目录',
    merged: '读入 {{units}} 个单元，保留 {{kept}} 个，去除重复 {{duplicates}} 个（其中 {{replaced}} 个由较新的副本替换）：{{file}}',
    converted: '已将 {{from}} 转换为 {{to}}。',
    stats: '{{file}}：{{languages}}，{{files}} 个文件共 {{units}} 个单元，已翻译 {{translated}} 个（{{states}}）；中文 {{sourceCharacters}} 字，英文 {{targetWords}} 词',
    write: {
      renamedIds_one: '{{count}} 个单元的 ID 与其他单元重复，已改用新 ID（{{file}} 要求 ID 唯一）',
      renamedIds_other: '{{count}} 个单元的 ID 与其他单元重复，已改用新 ID（{{file}} 要求 ID 唯一）',
      unreadable: '未写入：结果无法读回（{{reason}}）',
    },
  },
  index: {
    damaged: '存储的索引 {{file}} 已损坏或不是 tmkit 索引：忽略并重建',
  },
} satisfies Messages<typeof en>;
