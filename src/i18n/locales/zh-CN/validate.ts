import type { Messages } from '../../messages.js';
import type en from '../en/validate.js';

export default {
  validate: {
    summary: '校验 XLIFF 2.x 的模式与全部处理要求，以及 XLIFF 1.x、TMX、TBX 的模式',
    usage: 'tmkit validate 文件...',
    options: {},
    unchecked: '{{file}}：{{format}}：此版本没有随附模式，只检查了格式良好性',
    result_one: '已检查 {{count}} 个文件：{{valid}} 个有效；发现问题 {{problems}} 处。',
    result_other: '已检查 {{count}} 个文件：{{valid}} 个有效；发现问题 {{problems}} 处。',
  },
} satisfies Messages<typeof en>;
