export default {
  validate: {
    summary: 'check XLIFF 2.x against its schema and every processing requirement, XLIFF 1.x, TMX and TBX against their schemas',
    usage: 'tmkit validate FILE...',
    options: {},
    unchecked: '{{file}}: {{format}}: no schema ships for this version; only well-formedness was checked',
    result_one: '{{count}} file checked: {{valid}} valid; problems found: {{problems}}.',
    result_other: '{{count}} files checked: {{valid}} valid; problems found: {{problems}}.',
  },
} as const;
