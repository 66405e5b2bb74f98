import type { Command } from '../command.js';

export const checkCommand: Command = {
  name: 'check',
  namespace: 'check',
  options: {},
  run: async () => {
    throw new Error('check: not implemented yet');
  },
};
