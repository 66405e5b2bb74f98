import { getMemoryFormat, memoryFormatForOutput, readMemory } from '../../formats/index.js';
import { memoryStats, mergeMemories } from '../../tm/index.js';
import type { Memory } from '../../types.js';
import { type Command, type CommandContext, type ParsedArgs, stringOption, UsageError } from '../command.js';
import { isDirectory, readTextFile } from '../files.js';
import { readMemories, writeMemoryFile } from '../memory-files.js';
import { promises as fs } from 'node:fs';
import { resolvePath } from '../files.js';

const ACTIONS = ['import', 'export', 'merge', 'stats', 'convert'] as const;

/** Memory housekeeping: import into, export, merge, convert, and count. */
export const tmCommand: Command = {
  name: 'tm',
  namespace: 'tm',
  options: {
    tm: { type: 'string', arg: 'PATH' },
    out: { type: 'string', arg: 'FILE' },
    to: { type: 'string', arg: 'xliff|xliff12|tmx' },
  },
  async run(args, context) {
    const [action, ...files] = args.positionals;
    if (action === undefined || !(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(context.t('tm:tm.badAction', { action: action ?? '', actions: ACTIONS.join(', ') }));
    }
    switch (action as (typeof ACTIONS)[number]) {
      case 'stats':
        return stats(args, context);
      case 'import':
        return importInto(args, files, context);
      case 'export':
        return writeMerged(args, context, await readMemories(context.io, required(args, 'tm', context)), required(args, 'out', context));
      case 'merge':
        if (files.length === 0) throw new UsageError(context.t('common:errors.missingArgument', { name: 'FILE' }));
        return writeMerged(args, context, await readAll(context, files), required(args, 'out', context));
      case 'convert': {
        if (files.length !== 1) throw new UsageError(context.t('common:errors.missingArgument', { name: 'FILE' }));
        const out = required(args, 'out', context);
        const [{ memory }] = await readAll(context, files);
        await writeMemoryFile(context, out, outputFormat(args, out), memory);
        context.io.stdout(`${context.t('tm:tm.converted', { from: files[0], to: out })}\n`);
        return 0;
      }
    }
  },
};

function required(args: ParsedArgs, name: string, { t }: CommandContext): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(t('common:errors.missingArgument', { name: `--${name}` }));
  return value;
}

function outputFormat(args: ParsedArgs, out: string) {
  const to = stringOption(args, 'to');
  return to === undefined ? memoryFormatForOutput(out) : getMemoryFormat(to);
}

async function readAll({ io }: CommandContext, files: readonly string[]): Promise<Array<{ file: string; memory: Memory }>> {
  return Promise.all(files.map(async (file) => ({ file, memory: readMemory(await readTextFile(io, file), file) })));
}

async function writeMerged(args: ParsedArgs, context: CommandContext, inputs: Array<{ file: string; memory: Memory }>, out: string): Promise<number> {
  const result = mergeMemories(inputs.map(({ memory }) => memory));
  await writeMemoryFile(context, out, outputFormat(args, out), result.memory);
  context.io.stdout(`${context.t('tm:tm.merged', { units: result.units, kept: result.units - result.duplicates, duplicates: result.duplicates, replaced: result.replaced, file: out })}\n`);
  return 0;
}

/** Adds files to a memory file (created when missing); duplicates keep the newest copy. */
async function importInto(args: ParsedArgs, files: readonly string[], context: CommandContext): Promise<number> {
  const tmPath = required(args, 'tm', context);
  if (files.length === 0) throw new UsageError(context.t('common:errors.missingArgument', { name: 'FILE' }));
  if (await isDirectory(context.io, tmPath)) throw new UsageError(context.t('tm:tm.importNeedsFile'));
  const exists = await fs.stat(resolvePath(context.io, tmPath)).then(
    () => true,
    () => false,
  );
  const existing = exists ? await readAll(context, [tmPath]) : [];
  return writeMerged(args, context, [...existing, ...(await readAll(context, files))], tmPath);
}

async function stats(args: ParsedArgs, context: CommandContext): Promise<number> {
  const { io, t } = context;
  const inputs = await readMemories(io, required(args, 'tm', context));
  for (const { file, memory } of inputs) {
    const figures = memoryStats(memory);
    const states = Object.entries(figures.states).map(([state, count]) => `${state} ${count}`).join(', ');
    io.stdout(`${t('tm:tm.stats', { file, ...figures, states, languages: `${figures.srcLang}→${figures.trgLang ?? '?'}` })}\n`);
  }
  return 0;
}
