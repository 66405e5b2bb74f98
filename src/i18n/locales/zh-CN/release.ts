export default {
  i18n: {
    summary: '把 i18next 发布版转为供译者使用的 XLIFF，并把译好的 XLIFF 写回资源文件',
    usage: 'tmkit i18n export LOCALES_DIR --lng en --to zh-CN --out FILE.xlf [--tm PATH] | import FILE.xlf --out LOCALES_DIR',
    options: {
      lng: 'export：发布版的源语言',
      to: 'export：要译成的语言',
      out: 'export：要写出的 XLIFF 2 文件；import：要写入的 locales 文件夹（原子写入）',
      tm: 'export：用翻译记忆库（文件或文件夹）预翻译：完全匹配写入译文，模糊匹配写入备注',
    },
    badAction: '未知操作“{{action}}”（可用：{{actions}}）',
    exported_one: '{{count}} 个单元（来自 {{namespaces}}）已写入 {{file}}。',
    exported_other: '{{count}} 个单元（来自 {{namespaces}}）已写入 {{file}}。',
    prefilled: '{{translated}} 个由记忆库预翻译，{{fuzzy}} 个模糊匹配留在备注中待审校。',
    imported_one: '{{units}} 个单元中的 {{count}} 条译文已写入 {{files}}。',
    imported_other: '{{units}} 个单元中的 {{count}} 条译文已写入 {{files}}。',
    errors: {
      noResources: '此文件夹中没有 i18next 资源文件（LNG/NAMESPACE.json 或 LNG.json）',
      noSource: '没有 {{language}} 的资源文件（找到的语言：{{languages}}）',
    },
    loss: {
      array: '“{{key}}”的值是数组，XLIFF 转回时会变成对象：请改为由键组成的对象',
      notText: '“{{key}}”的值不是文本，XLIFF 无法承载：请改为字符串',
      separatorInKey: '“{{key}}”含有键分隔符“.”，其译文转回时会变成嵌套：请给键改名',
      xliffChanged: '“{{key}}”经 XLIFF 转回后有变化（例如仅含空白的值）',
      inlineMarkup: '“{{key}}”的译文含有行内标记，i18next 资源只能存纯文本：请保留纯文本',
      group: '“{{key}}”是单元组，tmkit i18n export 从不写出单元组：请翻译它导出的文件',
      unsafeName: '“{{key}}”不能用作语言文件夹或资源文件的名称',
      sameNamespace: '已从另一个文件读入“{{key}}”：每种语言的每个命名空间只保留一个资源文件',
    },
  },
};
