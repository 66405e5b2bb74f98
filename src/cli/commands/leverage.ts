import type { Command } from '../command.js';

export const leverageCommand: Command = {
  name: 'leverage',
  namespace: 'tm',
  options: {},
  run: async () => {
    throw new Error('leverage: not implemented yet');
  },
};
