import type { Command } from '../command.js';

export const tmCommand: Command = {
  name: 'tm',
  namespace: 'tm',
  options: {},
  run: async () => {
    throw new Error('tm: not implemented yet');
  },
};
