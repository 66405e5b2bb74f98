import type { Messages } from '../../messages.js';
import type en from '../en/rules.js';

export default {
  'term-missing': {
    missing: '原文有“{{source}}”，译文中没有其认可译法（应为“{{expected}}”）',
    variant: '“{{found}}”与认可写法“{{expected}}”不一致',
    near: '“{{found}}”处应为“{{source}}”的认可译法“{{expected}}”：人名拼写或音译有误',
  },
  'term-deprecated': {
    used: '不推荐的译法“{{found}}”：应使用“{{expected}}”',
  },
  'term-forbidden': {
    used: '禁用的译法“{{found}}”：应使用“{{expected}}”',
  },
  'term-drift': {
    drift: '“{{source}}”此处译为“{{found}}”，另有 {{count}} 处译为“{{expected}}”',
    dropped: '“{{source}}”在 {{count}} 处译为“{{expected}}”，此处译文却未提及',
  },
  'title-mismatch': {
    differsFromSource: '职务“{{found}}”与原文“{{source}}”不符（应为“{{expected}}”）',
    changes: '{{name}} 此处称“{{found}}”，别处称“{{expected}}”',
  },
  'target-inconsistency': {
    differs: '相同原文在别处译为“{{expected}}”，此处为“{{found}}”',
  },
  'source-inconsistency': {
    same: '相同译文对应不同原文（“{{expected}}”与“{{found}}”）',
  },
  'number-mismatch': {
    different: '译文为“{{found}}”，原文为“{{source}}”（应为“{{expected}}”）',
    missing: '原文中的“{{source}}”在译文中缺失',
  },
  'placeholder-mismatch': {
    missing: '译文缺少原文中的占位符或代码 {{placeholder}}',
    extra: '占位符或代码 {{placeholder}} 不在原文中',
  },
  'plural-missing': {
    missing: '{{language}} 需要复数形式“{{form}}”（{{category}}），译文缺少它',
  },
  untranslated: {
    noTarget: '“{{source}}”没有译文',
    copied: '译文与原文相同',
  },
  'empty-target': {
    empty: '译文为空',
  },
  spelling: {
    misspelled: '“{{word}}”不在英文词典中',
  },
  typography: {
    mixedApostrophes: '“{{found}}”所用撇号与本文档其他地方不一致（应为“{{expected}}”）',
    mixedQuotes: '“{{found}}”混用了直引号和弯引号（应为 {{expected}}）',
    doubleSpace: '连续两个或以上空格',
    spaceBeforePunctuation: '“{{mark}}”前有空格',
  },
} satisfies Messages<typeof en>;
