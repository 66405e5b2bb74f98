import path from 'node:path';
import { type MemoryFormat, readMemory } from '../../formats/index.js';
import { memoryStats, mergeMemories } from '../../tm/index.js';
import type { Memory } from '../../types.js';
import { choiceOption, type Command, type CommandContext, type ParsedArgs, stringOption, UsageError } from '../command.js';
import { memoryFormatToWrite, memoryToExtend } from '../memory-output.js';
import { expandGlobs, isDirectory, readTextFile } from '../files.js';
import { readBytes, readMemories, writeMemoryFile } from '../memory-files.js';
import { refuseOverwritingInputs } from '../output-guard.js';
import { isServerMemory, ServerMemory, TOKEN_FILE_OPTION } from '../server-memory.js';

const ACTIONS = ['import', 'export', 'merge', 'stats', 'convert'] as const;
const TARGET_FORMATS = ['xliff', 'xliff12', 'tmx'] as const;

/** The options each action takes; any other is a mistake worth saying, not one to ignore. */
const ACTION_OPTIONS: Record<(typeof ACTIONS)[number], readonly string[]> = {
  import: ['tm', 'to', 'token-file'],
  export: ['tm', 'out', 'to'],
  merge: ['out', 'to'],
  convert: ['out', 'to'],
  stats: ['tm'],
};

/** Memory housekeeping: import into, export, merge, convert, and count. */
export const tmCommand: Command = {
  name: 'tm',
  namespace: 'tm',
  options: {
    tm: { type: 'string', arg: 'PATH' },
    out: { type: 'string', short: 'o', alias: 'output-file', arg: 'FILE' },
    to: { type: 'string', arg: 'xliff|xliff12|tmx' },
    ...TOKEN_FILE_OPTION,
  },
  async run(args, context) {
    const [action, ...patterns] = args.positionals;
    if (action === undefined || !(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(context.t('tm:tm.badAction', { action: action ?? '', actions: ACTIONS.join(', ') }));
    }
    const stray = ['tm', 'out', 'to', 'token-file'].find((name) => args.values[name] !== undefined && !ACTION_OPTIONS[action as (typeof ACTIONS)[number]].includes(name));
    if (stray !== undefined) throw new UsageError(context.t('common:errors.conflictingOptions', { first: `tm ${action}`, second: `--${stray}` }));
    const files = await expandGlobs(context.io, patterns, context.t);
    switch (action as (typeof ACTIONS)[number]) {
      case 'stats':
        return stats(args, context);
      case 'import':
        return importInto(args, files, context);
      case 'export': {
        const [tmPath, out] = [required(args, 'tm', context), required(args, 'out', context)];
        await refuseOverwritingInputs(context, [out], [tmPath]);
        return writeMerged(context, await readMemories(context.io, tmPath), out, outputFormat(args, out, context));
      }
      case 'merge': {
        if (files.length === 0) throw new UsageError(context.t('common:errors.missingArgument', { name: 'FILE' }));
        const out = required(args, 'out', context);
        await refuseOverwritingInputs(context, [out], files);
        return writeMerged(context, await readAll(context, files), out, outputFormat(args, out, context));
      }
      case 'convert': {
        if (files.length !== 1) throw new UsageError(context.t('common:errors.missingArgument', { name: 'FILE' }));
        const out = required(args, 'out', context);
        await refuseOverwritingInputs(context, [out], files);
        const memory = readMemory(await readTextFile(context.io, files[0]), files[0]);
        await writeMemoryFile(context, out, outputFormat(args, out, context), memory);
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

function namedFormat(args: ParsedArgs, context: CommandContext): string | undefined {
  return stringOption(args, 'to') === undefined ? undefined : choiceOption(args, 'to', TARGET_FORMATS, 'xliff', context.t);
}

/** `--to`, which must agree with the extension of `out`, else what the extension says. */
function outputFormat(args: ParsedArgs, out: string, context: CommandContext): MemoryFormat {
  return memoryFormatToWrite(context, out, 'to', namedFormat(args, context));
}

/** The memories of files and folders (every memory file below a folder). */
async function readAll({ io }: CommandContext, files: readonly string[]): Promise<Array<{ file: string; memory: Memory }>> {
  return (await Promise.all(files.map((file) => readMemories(io, file)))).flat();
}

async function writeMerged(context: CommandContext, inputs: Array<{ file: string; memory: Memory }>, out: string, format: MemoryFormat): Promise<number> {
  const result = mergeMemories(inputs.map(({ memory }) => memory));
  await writeMemoryFile(context, out, format, result.memory);
  context.io.stdout(`${context.t('tm:tm.merged', { units: result.units, kept: result.units - result.duplicates, duplicates: result.duplicates, replaced: result.replaced, file: out })}\n`);
  return 0;
}

/** Adds files to a memory file (created when missing); duplicates keep the newest copy. */
async function importInto(args: ParsedArgs, files: readonly string[], context: CommandContext): Promise<number> {
  const tmPath = required(args, 'tm', context);
  if (files.length === 0) throw new UsageError(context.t('common:errors.missingArgument', { name: 'FILE' }));
  if (isServerMemory(tmPath)) return importIntoServer(args, tmPath, files, context);
  if (await isDirectory(context.io, tmPath)) throw new UsageError(context.t('tm:tm.importNeedsFile'));
  // The memory grows by design; the files imported into it must stay as they are.
  await refuseOverwritingInputs(context, [tmPath], files);
  const format = outputFormat(args, tmPath, context);
  const existing = await memoryToExtend(context, tmPath, 'to', namedFormat(args, context), false);
  const inputs = [...(existing ? [{ file: tmPath, memory: existing.memory }] : []), ...(await readAll(context, files))];
  return writeMerged(context, inputs, tmPath, existing?.format ?? format);
}

/** Each file into a server memory (created when missing), one transaction each. */
async function importIntoServer(args: ParsedArgs, url: string, files: readonly string[], context: CommandContext): Promise<number> {
  if (args.values.to !== undefined) throw new UsageError(context.t('common:errors.conflictingOptions', { first: url, second: '--to' }));
  const server = await ServerMemory.open(context, args, url);
  for (const file of files) {
    const { units, indexed } = await server.import(path.basename(file), await readBytes(context.io, file));
    context.io.stdout(`${context.t('server:client.imported', { units, indexed, file, memory: url })}\n`);
  }
  return 0;
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
