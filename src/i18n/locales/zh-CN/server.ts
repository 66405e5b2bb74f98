import type { Messages } from '../../messages.js';
import type en from '../en/server.js';

export default {
  serve: {
    summary: '通过 HTTP 为团队提供翻译记忆服务，数据存于 PostgreSQL',
    usage: 'tmkit serve --db postgres://用户@主机:端口/数据库 [--port 8080] [--host 127.0.0.1] [--read-only] | serve token create --db URL --role read|write|admin',
    options: {
      db: 'PostgreSQL 数据库（连接 URL）；启动时创建或升级其表结构',
      port: '监听端口（默认 8080；0 表示任选空闲端口）',
      host: '监听地址（默认 127.0.0.1）',
      'read-only': '数据库是只读副本：只应答检索，拒绝写入，通过轮询跟进主库',
      role: 'token create：令牌权限：read（只读）、write（可导入、添加单元）或 admin（还可删除）',
    },
    badAction: '未知操作“{{action}}”（tmkit serve 或 tmkit serve token create）',
    listenFailed: '无法监听：{{reason}}',
    dbFailed: '无法使用数据库：{{reason}}',
    replicaSchema: '副本的表结构版本为 {{version}}，本 tmkit 需要 {{needed}}：请先在主库上启动服务器以完成升级',
    schemaTooNew: '数据库表结构（版本 {{version}}）比本 tmkit 新：请升级 tmkit',
  },
  errors: {
    unauthorized: '需要有效令牌：请发送“Authorization: Bearer 令牌”',
    forbidden: '{{role}} 令牌无权执行此操作：需要 {{needed}}',
    noRoute: '没有此资源：{{path}}',
    method: '此处不允许 {{method}}',
    noMemory: '没有名为“{{name}}”的翻译记忆',
    memoryExists: '名为“{{name}}”的翻译记忆已存在',
    badName: '翻译记忆名称“{{name}}”无效：只能用字母、数字、“.”、“_”和“-”，最多 100 个',
    badJson: '请求体必须是 JSON 对象',
    missingField: '缺少字段：{{field}}',
    badField: '字段 {{field}} 必须是 {{expected}}',
    badNumber: '字段 {{field}} 必须是 {{min}} 到 {{max}} 之间的数',
    badChoice: '{{field}}：“{{value}}”不是 {{choices}} 之一',
    tooLarge: '请求体超过 {{limit}} 字节',
    otherLanguage: '文件语言为 {{language}}，翻译记忆 {{name}} 的语言为 {{memoryLanguage}}',
    internal: '服务器内部错误',
    readOnly: '本服务器连接的是只读副本：请把写入发往连接主库的服务器',
  },
  client: {
    refused: '{{url}}：服务器返回 {{status}}：{{message}}',
    unreachable: '{{url}}：无法连接服务器：{{reason}}',
    noToken: '服务器上的翻译记忆需要令牌：请设置 TMKIT_TOKEN 或使用 --token-file',
    tokenFile: '--token-file {{file}} 中没有令牌',
    imported: '已从 {{file}} 导入 {{units}} 个单元到 {{memory}}（共索引 {{indexed}} 个）',
  },
} satisfies Messages<typeof en>;
