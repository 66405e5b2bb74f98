import type { Command } from '../command.js';

export const pipelineCommand: Command = {
  name: 'pipeline',
  namespace: 'common',
  options: {},
  run: async () => {
    throw new Error('pipeline: not implemented yet');
  },
};
