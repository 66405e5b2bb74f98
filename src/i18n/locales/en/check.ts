export default {
  check: {
    summary: 'check translations for terminology drift, titles, numbers, placeholders, spelling and typography',
    usage: 'tmkit check FILE|FOLDER|"GLOB"... [--terms FILE.tbx|.csv] [--config FILE] [-f text|json|sarif|github|junit|html] [-o FILE] [--quiet] [--max-warnings N] [--baseline FILE] [--fix-baseline]',
    options: {
      terms: 'termbase (TBX or CSV) of approved, admitted, deprecated and forbidden forms; may be repeated',
      config: 'config file (default: the nearest tmkit.config.json in the current folder or above it)',
      format: 'report format: text (default), json, sarif, github, junit, html',
      out: 'write the report to FILE (atomically) instead of standard output',
      'max-warnings': 'exit 1 when there are more than N warnings',
      baseline: 'ignore the findings recorded in this baseline file',
      'fix-baseline': 'record the current findings in the --baseline file and exit 0',
      quiet: 'report errors only: warnings are neither shown nor counted',
    },
  },
  terms: {
    summary: 'propose a termbase from aligned memories: names, titles, organisations and places with their renderings and counts',
    usage: 'tmkit terms extract MEMORY... --out FILE.tbx|FILE.csv [--min-units 2]',
    options: {
      out: 'the proposed termbase: TBX (v3, TBX-Basic) or CSV, by its extension (written atomically)',
      'min-units': 'fewest units a rendering must be the usual one in (default 2)',
    },
    badAction: 'unknown action "{{action}}" (one of {{actions}})',
    badOut: 'cannot tell the termbase format of "{{file}}": use .tbx or .csv',
    extracted_one: '{{count}} concept ({{names}} names, {{titles}} titles, {{orgs}} organisations, {{terms}} terms) from {{units}} units written to {{file}}: review it before use',
    extracted_other: '{{count}} concepts ({{names}} names, {{titles}} titles, {{orgs}} organisations, {{terms}} terms) from {{units}} units written to {{file}}: review it before use',
  },
  errors: {
    emptyFolder: 'the folder holds no translation memory or i18next resource file',
    noLanguage: 'cannot tell the language of this resource file (put it in a folder named after its language, e.g. locales/en/)',
    releaseLanguages: 'an i18next release needs a Chinese source and a target language; found: {{languages}}',
    fixNeedsBaseline: '--fix-baseline needs --baseline FILE',
    tooManyWarnings: 'too many warnings ({{count}}, max {{max}})',
  },
} as const;
