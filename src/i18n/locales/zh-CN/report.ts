import type { Messages } from '../../messages.js';
import type en from '../en/report.js';

export default {
  severity: {
    error: '错误',
    warning: '警告',
    info: '提示',
  },
  text: {
    difference: '应为 ← 实为：',
    summary_one: '共 {{count}} 个问题（错误 {{errors}}，警告 {{warnings}}，提示 {{infos}}），涉及 {{files}} 个文件、{{units}} 个单元',
    summary_other: '共 {{count}} 个问题（错误 {{errors}}，警告 {{warnings}}，提示 {{infos}}），涉及 {{files}} 个文件、{{units}} 个单元',
    clean: '{{files}} 个文件、{{units}} 个单元中未发现问题。',
  },
  html: {
    title: 'tmkit 检查报告',
    files_one: '{{count}} 个文件',
    files_other: '{{count}} 个文件',
    units_one: '{{count}} 个单元',
    units_other: '{{count}} 个单元',
    errors_one: '{{count}} 个错误',
    errors_other: '{{count}} 个错误',
    warnings_one: '{{count}} 个警告',
    warnings_other: '{{count}} 个警告',
    infos_one: '{{count}} 条提示',
    infos_other: '{{count}} 条提示',
    showClean: '显示无问题的单元',
    clean: '未发现问题。',
    unit: '单元',
    source: '原文',
    target: '译文',
    findings: '问题',
    noTarget: '无译文',
  },
} satisfies Messages<typeof en>;
