import type { Command } from '../command.js';

export const concordanceCommand: Command = {
  name: 'concordance',
  namespace: 'tm',
  options: {},
  run: async () => {
    throw new Error('concordance: not implemented yet');
  },
};
