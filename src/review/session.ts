/**
 * One review of one memory file: the memory as edited so far, its undo and redo history, the
 * checker's findings on it, and saving it back where it was read.
 */
import type { CommandContext } from '../cli/command.js';
import { readTextFile, writeFileAtomic } from '../cli/files.js';
import { writableText } from '../cli/memory-files.js';
import { loadTermbase } from '../cli/termbase-files.js';
import { InputError } from '../errors.js';
import { type MemoryFormat, memoryFormatForFile, termbaseFormatForFile } from '../formats/index.js';
import { inferKind } from '../model/termbase.js';
import { concordance, type ConcordanceHit } from '../tm/concordance.js';
import { memoryEntries } from '../model/entries.js';
import type { Finding, Memory, TermKind } from '../types.js';
import { Checker } from './checker.js';
import { applyEdit, type ReviewEdit, type ReviewUnit, reviewUnits, unitPlaces } from './edits.js';

export interface ReviewOptions {
  file: string;
  /** The termbase to check against and to add terms to. */
  terms?: string;
  config?: string;
}

export interface ReviewFinding extends Finding {
  /** The unit's position in document order. */
  index: number;
}

export interface ReviewState {
  file: string;
  /** Counts the changes to the memory: findings are those of a version. */
  version: number;
  units: ReviewUnit[];
  findings: ReviewFinding[];
  /** The findings shown are of an earlier version: those of this one are on their way. */
  checking: boolean;
  checkError?: string;
  canUndo: boolean;
  canRedo: boolean;
  /** Edits not saved yet. */
  dirty: boolean;
  termsFile?: string;
}

export interface ConcordanceResult extends ConcordanceHit {
  index: number;
}

/** A save refused because another program changed the file since it was read. */
export class ChangedOnDisk extends Error {
  constructor(readonly file: string) {
    super(`${file} changed on disk`);
    this.name = 'ChangedOnDisk';
  }
}

export class ReviewSession {
  private past: Memory[] = [];
  private future: Memory[] = [];
  private version = 0;
  private readonly checker: Checker;

  private constructor(
    private readonly context: CommandContext,
    private readonly options: ReviewOptions,
    private format: MemoryFormat,
    /** The file's text when it was read or last saved: a save first checks the file still holds it. */
    private onDisk: string,
    private saved: Memory,
    private memory: Memory,
  ) {
    this.checker = new Checker({ file: options.file, terms: options.terms, config: options.config, cwd: context.io.cwd, locale: context.locale });
    this.checker.check(this.version, memory);
  }

  static async open(context: CommandContext, options: ReviewOptions): Promise<ReviewSession> {
    const { format, text, memory } = await readMemoryFile(context, options.file);
    // A termbase that cannot be read is said now, not on the page once the check thread has tried.
    if (options.terms !== undefined) await loadTermbase(context.io, options.terms);
    return new ReviewSession(context, options, format, text, memory, memory);
  }

  state(): ReviewState {
    return {
      file: this.options.file,
      version: this.version,
      units: reviewUnits(this.memory),
      ...this.findings(),
      canUndo: this.past.length > 0,
      canRedo: this.future.length > 0,
      dirty: this.memory !== this.saved,
      ...(this.options.terms !== undefined ? { termsFile: this.options.terms } : {}),
    };
  }

  edit(edit: ReviewEdit): void {
    const edited = applyEdit(this.memory, edit);
    this.past.push(this.memory);
    this.future = [];
    this.changed(edited);
  }

  undo(): void {
    const previous = this.past.pop();
    if (previous === undefined) return;
    this.future.push(this.memory);
    this.changed(previous);
  }

  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.past.push(this.memory);
    this.changed(next);
  }

  /** The findings of the memory as it is now, once the check thread has them. */
  async findingsWhenChecked(): Promise<Pick<ReviewState, 'version' | 'findings' | 'checking' | 'checkError'>> {
    await this.checker.until(this.version);
    return { version: this.version, ...this.findings() };
  }

  close(): Promise<number> {
    return this.checker.stop();
  }

  private changed(memory: Memory, reloadTerms = false): void {
    this.memory = memory;
    this.version++;
    this.checker.check(this.version, memory, reloadTerms);
  }

  /** Writes the memory atomically, unless the file changed since it was read: then `ChangedOnDisk`. */
  async save(): Promise<void> {
    const { io } = this.context;
    const current = await readTextFile(io, this.options.file).catch(() => undefined);
    if (current !== this.onDisk) throw new ChangedOnDisk(this.options.file);
    const text = writableText(this.context, this.options.file, this.format, this.memory);
    await writeFileAtomic(io, this.options.file, text);
    this.onDisk = text;
    this.saved = this.memory;
  }

  /** Reads the file again, dropping the edits and their history. */
  async reload(): Promise<void> {
    const { format, text, memory } = await readMemoryFile(this.context, this.options.file);
    Object.assign(this, { format, onDisk: text, saved: memory, past: [], future: [] });
    this.changed(memory);
  }

  concordance(term: string, side: 'source' | 'target' | 'both'): ConcordanceResult[] {
    const indexOf = new Map(unitPlaces(this.memory).map((place, index) => [`${this.options.file}#${place.unit.id}`, index]));
    return concordance(memoryEntries(this.memory, this.options.file), term, side).map((hit) => ({ ...hit, index: indexOf.get(hit.origin) ?? -1 }));
  }

  /** Adds an approved pair to the `--terms` file (written atomically) and checks against it from now on. */
  async addTerm(source: string, target: string, kind?: TermKind): Promise<void> {
    const file = this.options.terms;
    if (file === undefined) throw new InputError(this.context.t('review:refused.noTermbase'));
    if (source.trim() === '' || target.trim() === '') throw new InputError(this.context.t('review:refused.emptyTerm'));
    const { io } = this.context;
    const text = await readTextFile(io, file);
    const format = termbaseFormatForFile(file, text);
    const termbase = format.parse(text, { fileName: file });
    const ids = new Set(termbase.concepts.map((concept) => concept.id));
    let number = termbase.concepts.length + 1;
    while (ids.has(`c${number}`)) number++;
    termbase.concepts.push({
      id: `c${number}`,
      kind: kind ?? inferKind([target.trim()]),
      terms: [
        { text: source.trim(), lang: termbase.srcLang, status: 'preferred' },
        { text: target.trim(), lang: termbase.trgLang, status: 'preferred' },
      ],
    });
    await writeFileAtomic(io, file, format.serialize(termbase));
    this.changed(this.memory, true);
  }

  /**
   * The checker's findings, by the same engine and config as `tmkit check`: those of this version
   * when the check thread has them, else the latest it has (units found by id).
   */
  private findings(): Pick<ReviewState, 'findings' | 'checking' | 'checkError'> {
    const { result, current } = this.checker.latest(this.version);
    if (result === undefined) return { findings: [], checking: true };
    if ('error' in result) return { findings: [], checking: !current, checkError: result.error };
    const indexOf = new Map<string, number>();
    unitPlaces(this.memory).forEach((place, index) => {
      if (!indexOf.has(place.unit.id)) indexOf.set(place.unit.id, index);
    });
    return { findings: result.findings.map((finding) => ({ ...finding, index: indexOf.get(finding.unit) ?? -1 })), checking: !current };
  }
}

async function readMemoryFile(context: CommandContext, file: string): Promise<{ format: MemoryFormat; text: string; memory: Memory }> {
  const text = await readTextFile(context.io, file);
  const format = memoryFormatForFile(file, text);
  try {
    return { format, text, memory: format.parse(text, { fileName: file }) };
  } catch (error) {
    throw error instanceof InputError ? error.inFile(file) : error;
  }
}
