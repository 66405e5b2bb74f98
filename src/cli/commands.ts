import type { Command } from './command.js';

/**
 * A command as `tmkit --help` lists it. Its module, and all that module imports, is loaded only
 * when the command runs: a run pays for its own command alone.
 */
export interface CommandEntry {
  name: string;
  namespace: string;
  load(): Promise<Command>;
}

/** Every command, in the order `tmkit --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'pipeline', namespace: 'common', load: async () => (await import('./commands/pipeline.js')).pipelineCommand },
  { name: 'segment', namespace: 'segment', load: async () => (await import('./commands/segment.js')).segmentCommand },
  { name: 'align', namespace: 'align', load: async () => (await import('./commands/align.js')).alignCommand },
  { name: 'lookup', namespace: 'tm', load: async () => (await import('./commands/lookup.js')).lookupCommand },
  { name: 'concordance', namespace: 'tm', load: async () => (await import('./commands/concordance.js')).concordanceCommand },
  { name: 'leverage', namespace: 'tm', load: async () => (await import('./commands/leverage.js')).leverageCommand },
  { name: 'tm', namespace: 'tm', load: async () => (await import('./commands/tm.js')).tmCommand },
  { name: 'check', namespace: 'check', load: async () => (await import('./commands/check.js')).checkCommand },
  { name: 'review', namespace: 'review', load: async () => (await import('./commands/review.js')).reviewCommand },
  { name: 'i18n', namespace: 'release', load: async () => (await import('./commands/i18n.js')).i18nCommand },
  { name: 'terms', namespace: 'check', load: async () => (await import('./commands/terms.js')).termsCommand },
  { name: 'validate', namespace: 'validate', load: async () => (await import('./commands/validate.js')).validateCommand },
  { name: 'serve', namespace: 'server', load: async () => (await import('./commands/serve.js')).serveCommand },
];
