import type { Command } from '../command.js';

export const lookupCommand: Command = {
  name: 'lookup',
  namespace: 'tm',
  options: {},
  run: async () => {
    throw new Error('lookup: not implemented yet');
  },
};
