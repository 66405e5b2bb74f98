import type { Command } from './command.js';
import { alignCommand } from './commands/align.js';
import { checkCommand } from './commands/check.js';
import { concordanceCommand } from './commands/concordance.js';
import { leverageCommand } from './commands/leverage.js';
import { lookupCommand } from './commands/lookup.js';
import { pipelineCommand } from './commands/pipeline.js';
import { segmentCommand } from './commands/segment.js';
import { serveCommand } from './commands/serve.js';
import { termsCommand } from './commands/terms.js';
import { tmCommand } from './commands/tm.js';
import { validateCommand } from './commands/validate.js';

/** Every command, in the order `tmkit --help` lists them. */
export const COMMANDS: readonly Command[] = [
  pipelineCommand,
  segmentCommand,
  alignCommand,
  lookupCommand,
  concordanceCommand,
  leverageCommand,
  tmCommand,
  checkCommand,
  termsCommand,
  validateCommand,
  serveCommand,
];
