import type { Command } from '../command.js';

export const alignCommand: Command = {
  name: 'align',
  namespace: 'align',
  options: {},
  run: async () => {
    throw new Error('align: not implemented yet');
  },
};
