export default {
  'term-missing': {
    missing: '"{{source}}" is in the source but the target has none of its approved forms (expected "{{expected}}")',
    variant: '"{{found}}" differs from the approved form "{{expected}}"',
    near: '"{{found}}" stands where "{{source}}" should be rendered "{{expected}}": a misspelled or differently romanized name',
  },
  'term-deprecated': {
    used: 'deprecated form "{{found}}": use "{{expected}}"',
  },
  'term-forbidden': {
    used: 'forbidden form "{{found}}": use "{{expected}}"',
  },
  'term-drift': {
    drift: '"{{source}}" is rendered "{{found}}" here but "{{expected}}" in {{count}} other places',
    dropped: '"{{source}}" is rendered "{{expected}}" in {{count}} places, but this target does not name it',
  },
  'title-mismatch': {
    differsFromSource: 'title "{{found}}" does not render "{{source}}" (expected "{{expected}}")',
    changes: '{{name}} is "{{found}}" here but "{{expected}}" elsewhere',
  },
  'target-inconsistency': {
    differs: 'the same source is translated "{{expected}}" elsewhere, "{{found}}" here',
  },
  'source-inconsistency': {
    same: 'this translation also renders a different source ("{{expected}}" instead of "{{found}}")',
  },
  'number-mismatch': {
    different: '"{{found}}" in the target, "{{source}}" in the source (expected "{{expected}}")',
    missing: '"{{source}}" of the source is missing from the target',
  },
  'placeholder-mismatch': {
    missing: 'placeholder or code {{placeholder}} of the source is missing from the target',
    extra: 'placeholder or code {{placeholder}} is not in the source',
  },
  'plural-missing': {
    missing: '{{language}} needs the plural form "{{form}}" ({{category}}), which the target lacks',
  },
  untranslated: {
    noTarget: 'no translation for "{{source}}"',
    copied: 'the target is a copy of the source',
  },
  'empty-target': {
    empty: 'the target is empty',
  },
  spelling: {
    misspelled: '"{{word}}" is not in the English dictionary',
  },
  typography: {
    mixedApostrophes: '"{{found}}" uses the other apostrophe style of this document (expected "{{expected}}")',
    mixedQuotes: '"{{found}}" mixes straight and typographic quotation marks (expected {{expected}})',
    doubleSpace: 'two or more spaces in a row',
    spaceBeforePunctuation: 'space before "{{mark}}"',
  },
} as const;
