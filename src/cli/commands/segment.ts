import type { Command } from '../command.js';

export const segmentCommand: Command = {
  name: 'segment',
  namespace: 'segment',
  options: {},
  run: async () => {
    throw new Error('segment: not implemented yet');
  },
};
