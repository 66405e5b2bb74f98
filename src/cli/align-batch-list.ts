/**
 * The document pairs of `tmkit align --batch`: a list file (`zh-path<TAB>en-path[<TAB>name]`, one
 * pair a line, paths relative to the list's folder) or two folders whose files pair by name. A
 * line or file that makes no pair is a problem of its own; the other pairs still run.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { CommandContext } from './command.js';
import { describeFsError, isDirectory, readTextFile, resolvePath } from './files.js';
import { sameLanguage } from '../lang/language-tag.js';

export interface BatchPair {
  source: string;
  target: string;
  /** Unique in the batch: the output file's name and the document's name in a memory. */
  name: string;
}

export interface BatchList {
  pairs: BatchPair[];
  /** One line each: what could not be made into a pair, and why. */
  problems: string[];
}

/** The pairs of a list file, or of the folders `list` and `targetFolder`. */
export async function readBatchList(context: CommandContext, list: string, targetFolder: string | undefined, languages: { source: string; target: string }): Promise<BatchList> {
  if (await isDirectory(context.io, list)) {
    if (targetFolder === undefined) throw new InputError(context.t('align:batch.secondFolder'), { file: list });
    return pairFolders(context, list, targetFolder, languages);
  }
  return parseList(context, list, await readTextFile(context.io, list));
}

function parseList({ t }: CommandContext, list: string, text: string): BatchList {
  const base = path.dirname(list);
  const pairs: BatchPair[] = [];
  const problems: string[] = [];
  const lineOf = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const where = { file: list, line: index + 1 };
    const columns = line.split('\t');
    if (columns.length < 2 || columns.length > 3 || columns.some((column) => column.trim() === '')) {
      problems.push(new InputError(t('align:batch.badLine'), where).message);
      return;
    }
    const [source, target] = columns.map((column) => (path.isAbsolute(column.trim()) ? column.trim() : path.join(base, column.trim())));
    const name = columns[2]?.trim() ?? documentName(path.basename(source));
    const problem = nameProblem(t, name, lineOf.get(name));
    if (problem !== undefined) problems.push(new InputError(problem, where).message);
    else {
      lineOf.set(name, index + 1);
      pairs.push({ source, target, name });
    }
  });
  return { pairs, problems };
}

/** A file's name without its extension: `talk.zh.txt` → `talk.zh`, `001.zh` → `001`. */
function documentName(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/** What a folder's file pairs by: its name without extension, then without a final `.LANG` of the folder's language. */
function pairingKey(file: string, lang: string): string {
  const name = documentName(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 && /^[a-z]{2,3}([-_][a-z0-9]+)*$/i.test(name.slice(dot + 1)) && sameLanguage(name.slice(dot + 1), lang) ? name.slice(0, dot) : name;
}

/** Why a name cannot name an output file, or undefined when it can. */
function nameProblem(t: CommandContext['t'], name: string, usedOnLine: number | undefined): string | undefined {
  if (name.startsWith('.') || /[/\\\0]/.test(name)) return t('align:batch.badName', { name });
  if (usedOnLine !== undefined) return t('align:batch.nameTaken', { name, line: usedOnLine });
  return undefined;
}

async function folderFiles(context: CommandContext, folder: string, lang: string, problems: string[]): Promise<Map<string, string>> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(resolvePath(context.io, folder), { withFileTypes: true });
  } catch (error) {
    throw new InputError(describeFsError(error), { file: folder });
  }
  const files = new Map<string, string>();
  for (const entry of entries.filter((each) => each.isFile() && !each.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const key = pairingKey(entry.name, lang);
    const file = path.join(folder, entry.name);
    const other = files.get(key);
    if (other === undefined) files.set(key, file);
    else problems.push(new InputError(context.t('align:batch.sameKey', { other: path.basename(other), key }), { file }).message);
  }
  return files;
}

async function pairFolders(context: CommandContext, sourceFolder: string, targetFolder: string, languages: { source: string; target: string }): Promise<BatchList> {
  const problems: string[] = [];
  const sources = await folderFiles(context, sourceFolder, languages.source, problems);
  const targets = await folderFiles(context, targetFolder, languages.target, problems);
  const pairs: BatchPair[] = [];
  for (const [key, source] of sources) {
    const target = targets.get(key);
    if (target === undefined) problems.push(new InputError(context.t('align:batch.unpaired', { folder: targetFolder }), { file: source }).message);
    else pairs.push({ source, target, name: key });
  }
  for (const [key, target] of targets) {
    if (!sources.has(key)) problems.push(new InputError(context.t('align:batch.unpaired', { folder: sourceFolder }), { file: target }).message);
  }
  return { pairs, problems };
}
