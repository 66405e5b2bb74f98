/**
 * One review of one memory file: the memory as edited so far, its undo and redo history, the
 * checker's findings on it, and saving it back where it was read.
 */
import { checkMemories, type CheckOptions } from '../check/engine.js';
import { checkOptionsFor } from '../cli/check-files.js';
import type { CommandContext } from '../cli/command.js';
import { readTextFile, writeFileAtomic } from '../cli/files.js';
import { writableText } from '../cli/memory-files.js';
import { InputError } from '../errors.js';
import { type MemoryFormat, memoryFormatForFile, termbaseFormatForFile } from '../formats/index.js';
import { inferKind } from '../terms/termbase.js';
import { concordance, type ConcordanceHit } from '../tm/concordance.js';
import { memoryEntries } from '../tm/entries.js';
import type { Finding, Memory, TermKind } from '../types.js';
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
  units: ReviewUnit[];
  findings: ReviewFinding[];
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
  private findingsOf: { memory: Memory; findings: ReviewFinding[] } | undefined;

  private constructor(
    private readonly context: CommandContext,
    private readonly options: ReviewOptions,
    private format: MemoryFormat,
    /** The file's text when it was read or last saved: a save first checks the file still holds it. */
    private onDisk: string,
    private saved: Memory,
    private memory: Memory,
    private checkOptions: CheckOptions,
  ) {}

  static async open(context: CommandContext, options: ReviewOptions): Promise<ReviewSession> {
    const { format, text, memory } = await readMemoryFile(context, options.file);
    const checkOptions = await checkOptionsFor({ config: options.config, terms: options.terms === undefined ? [] : [options.terms] }, context);
    return new ReviewSession(context, options, format, text, memory, memory, checkOptions);
  }

  state(): ReviewState {
    return {
      file: this.options.file,
      units: reviewUnits(this.memory),
      findings: this.findings(),
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
    this.memory = edited;
  }

  undo(): void {
    const previous = this.past.pop();
    if (previous === undefined) return;
    this.future.push(this.memory);
    this.memory = previous;
  }

  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.past.push(this.memory);
    this.memory = next;
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
    Object.assign(this, { format, onDisk: text, saved: memory, memory, past: [], future: [], findingsOf: undefined });
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
    this.checkOptions = await checkOptionsFor({ config: this.options.config, terms: [file] }, this.context);
    this.findingsOf = undefined;
  }

  /** The checker's findings on the memory as it is now, by the same engine and config as `tmkit check`. */
  private findings(): ReviewFinding[] {
    if (this.findingsOf?.memory === this.memory) return this.findingsOf.findings;
    const report = checkMemories([{ file: this.options.file, memory: this.memory }], this.checkOptions);
    const indexOf = new Map<string, number>();
    unitPlaces(this.memory).forEach((place, index) => {
      if (!indexOf.has(place.unit.id)) indexOf.set(place.unit.id, index);
    });
    const findings = report.findings.map((finding) => ({ ...finding, index: indexOf.get(finding.unit) ?? -1 }));
    this.findingsOf = { memory: this.memory, findings };
    return findings;
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
