import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type CliIo, type CommandContext, UsageError } from './command.js';
import { resolvePath } from './files.js';

interface Identity {
  /** The path with every symbolic link resolved (for a file not yet there: its folder's). */
  real: string;
  /** Device and inode of an existing file: a hard link has another path but the same pair. */
  inode?: string;
  folder: boolean;
}

/**
 * Refuses, before anything is written, an output that is one of the inputs, lies inside an input
 * folder or is another output: real paths and inodes are compared, so neither a symbolic nor a
 * hard link slips past. Standard input and output (`-`) are never files.
 */
export async function refuseOverwritingInputs(context: CommandContext, outputs: ReadonlyArray<string | undefined>, inputs: ReadonlyArray<string | undefined>): Promise<void> {
  const { io, t } = context;
  const named = (files: ReadonlyArray<string | undefined>) => files.filter((file): file is string => file !== undefined && file !== '-');
  const inputIdentities = await Promise.all(named(inputs).map(async (file) => ({ file, identity: await identify(io, file) })));
  const seen: Array<{ file: string; identity: Identity }> = [];
  for (const output of named(outputs)) {
    const identity = await identify(io, output);
    const clash = [...inputIdentities, ...seen].find((input) => sameFile(identity, input.identity) || insideFolder(identity, input.identity));
    if (clash) throw new UsageError(t('common:errors.outputIsInput', { output, input: clash.file }));
    seen.push({ file: output, identity });
  }
}

async function identify(io: CliIo, file: string): Promise<Identity> {
  const absolute = resolvePath(io, file);
  const stats = await fs.stat(absolute).catch(() => undefined);
  if (stats) return { real: await fs.realpath(absolute), inode: `${stats.dev}:${stats.ino}`, folder: stats.isDirectory() };
  const folder = await fs.realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
  return { real: path.join(folder, path.basename(absolute)), folder: false };
}

function sameFile(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
}

function insideFolder(file: Identity, folder: Identity): boolean {
  return folder.folder && file.real.startsWith(`${folder.real}${path.sep}`);
}
