export default {
  i18n: {
    summary: 'turn an i18next release into XLIFF for translators, and translated XLIFF back into resource files',
    usage: 'tmkit i18n export LOCALES_DIR --lng en --to zh-CN --out FILE.xlf [--tm PATH] | import FILE.xlf --out LOCALES_DIR',
    options: {
      lng: 'export: the source language of the release',
      to: 'export: the language to translate into',
      out: 'export: the XLIFF 2 file to write; import: the locales folder to write into (files written atomically)',
      tm: 'export: pre-translate from a translation memory (file or folder): exact matches as targets, fuzzy ones as notes',
    },
    badAction: 'unknown action "{{action}}" (one of: {{actions}})',
    exported_one: '{{count}} unit from {{namespaces}} written to {{file}}.',
    exported_other: '{{count}} units from {{namespaces}} written to {{file}}.',
    prefilled: '{{translated}} pre-translated from the memory, {{fuzzy}} fuzzy matches left in notes for review.',
    imported_one: '{{count}} translation of {{units}} units written to {{files}}.',
    imported_other: '{{count}} translations of {{units}} units written to {{files}}.',
    errors: {
      noResources: 'no i18next resource file (LNG/NAMESPACE.json or LNG.json) in this folder',
      noSource: 'no resource file in {{language}} (languages found: {{languages}})',
    },
    loss: {
      array: '"{{key}}" holds an array, which XLIFF would bring back as an object: make it an object of keys',
      notText: '"{{key}}" holds a value that is not text, which XLIFF cannot carry: make it a string',
      separatorInKey: '"{{key}}" holds the key separator ".", so its translation would come back nested: rename the key',
      xliffChanged: '"{{key}}" does not come back unchanged from XLIFF (a value of white space only, say)',
      inlineMarkup: '"{{key}}" has inline markup in its target, which an i18next resource cannot hold: leave the text plain',
      group: '"{{key}}" is a group of units, which tmkit i18n export never writes: translate the file it exported',
      unsafeName: '"{{key}}" cannot name a language folder or a resource file',
      sameNamespace: '"{{key}}" is already read from another file: keep one resource file a language and namespace',
    },
  },
};
