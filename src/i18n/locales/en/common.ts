export default {
  help: {
    usage: 'Usage: tmkit <command> [options]',
    usageLabel: 'Usage:',
    description: 'Chinese→English translation memories: segment, align, look up, pre-translate and check.',
    commands: 'Commands:',
    options: 'Options:',
    globalOptions: 'Global options:',
    more: 'Run `tmkit <command> --help` for the options of a command.',
  },
  options: {
    help: 'show this help',
    locale: 'language of messages (default: from LANG)',
    'no-color': 'no colours in output (also NO_COLOR=1)',
    version: 'print the version',
  },
  errors: {
    unknownCommand: 'unknown command "{{command}}" (see tmkit --help)',
    unknownOption: 'unknown option {{option}}',
    missingValue: 'option {{option}} needs a value',
    badNumber: '{{option}}: "{{value}}" is not a valid number here',
    badChoice: '{{option}}: "{{value}}" is not one of {{choices}}',
    missingArgument: 'missing argument: {{name}}',
    tooManyArguments: 'too many arguments: {{extra}}',
    internal: 'internal error: {{message}}',
  },
  pipeline: {
    summary: 'segment, align, write the memory, check it and report: the main job on one article pair',
    usage: 'tmkit pipeline SOURCE TARGET --memory FILE.xlf [--terms FILE.tbx] [--format text|json|…]',
    options: {
      memory: 'translation memory to write (XLIFF 2)',
      terms: 'termbase to check against (TBX or CSV)',
      format: 'report format (default: text)',
      'fail-on-findings': 'exit 1 when the check finds errors',
    },
  },
} as const;
