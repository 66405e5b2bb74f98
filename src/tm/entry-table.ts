import type { EntryList, TmEntry } from '../model/entries.js';

const FIELDS = ['source', 'target', 'origin', 'previous', 'next', 'changed'] as const;
const FIELD_COUNT = FIELDS.length;
const SOURCE = 0;
const PREVIOUS = 3;
const NEXT = 4;
/** Field length meaning "absent", as opposed to an empty string. */
const ABSENT = 0xffffffff;

/**
 * Entries as one UTF-8 byte table, each field a (start, length) pair into it, decoded only for
 * the entries asked for: a million entries cost two typed arrays instead of a million objects,
 * and can be stored and read back without parsing. A context field equal to the neighbouring
 * entry's source (the usual case) points at that source's bytes instead of repeating them.
 */
export class EntryTable implements EntryList {
  readonly length: number;
  private readonly decoder = new TextDecoder();

  constructor(
    /** Per entry and field: start and length in `bytes`. */
    readonly fields: Uint32Array,
    readonly bytes: Uint8Array,
  ) {
    this.length = fields.length / (2 * FIELD_COUNT);
  }

  /** Whether every field lies inside the byte table and every entry has its source, target and origin (for tables read from outside). */
  consistent(): boolean {
    if (this.fields.length % (2 * FIELD_COUNT) !== 0) return false;
    for (let at = 0; at < this.fields.length; at += 2) {
      const length = this.fields[at + 1];
      if (length === ABSENT ? (at / 2) % FIELD_COUNT < 3 : this.fields[at] + length > this.bytes.length) return false;
    }
    return true;
  }

  static from(entries: Iterable<TmEntry>): EntryTable {
    const builder = new EntryTableBuilder();
    for (const entry of entries) builder.add(entry);
    return builder.finish();
  }

  at(index: number): TmEntry | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const entry: TmEntry = { source: this.field(index, 0)!, target: this.field(index, 1)!, origin: this.field(index, 2)! };
    for (let field = 3; field < FIELD_COUNT; field++) {
      const value = this.field(index, field);
      if (value !== undefined) entry[FIELDS[field] as 'previous' | 'next' | 'changed'] = value;
    }
    return entry;
  }

  private field(index: number, field: number): string | undefined {
    const at = 2 * (index * FIELD_COUNT + field);
    const length = this.fields[at + 1];
    if (length === ABSENT) return undefined;
    return this.decoder.decode(this.bytes.subarray(this.fields[at], this.fields[at] + length));
  }
}

/** Entries and bytes a builder starts with room for; both double when full, so the start only saves the first few copies. */
const FIRST_ENTRIES = 1_024;
const FIRST_BYTES = 1 << 16;
/** UTF-8 takes at most three bytes per UTF-16 code unit. */
const MAX_UTF8_BYTES_PER_UNIT = 3;

/** Builds an `EntryTable` from entries in memory order. */
export class EntryTableBuilder {
  private fields = new Uint32Array(2 * FIELD_COUNT * FIRST_ENTRIES);
  private bytes = new Uint8Array(FIRST_BYTES);
  private used = 0;
  private count = 0;
  private readonly encoder = new TextEncoder();
  /** The previous entry's source and `next`, to point `next` at this entry's source when they are equal. */
  private previousSource: string | undefined;
  private pendingNext: string | undefined;

  add(entry: TmEntry): void {
    if (2 * FIELD_COUNT * (this.count + 1) > this.fields.length) {
      const bigger = new Uint32Array(this.fields.length * 2);
      bigger.set(this.fields);
      this.fields = bigger;
    }
    const entryNumber = this.count++;
    FIELDS.forEach((name, field) => {
      if (field === PREVIOUS && entry.previous !== undefined && entry.previous === this.previousSource) this.copyField(entryNumber, field, entryNumber - 1, SOURCE);
      else if (field !== NEXT) this.write(entryNumber, field, entry[name]);
    });
    if (entryNumber > 0) this.settleNext(entryNumber - 1, entry.source);
    this.previousSource = entry.source;
    this.pendingNext = entry.next;
  }

  finish(): EntryTable {
    if (this.count > 0) this.settleNext(this.count - 1, undefined);
    return new EntryTable(this.fields.slice(0, 2 * FIELD_COUNT * this.count), this.bytes.slice(0, this.used));
  }

  private settleNext(entryNumber: number, followingSource: string | undefined): void {
    if (this.pendingNext !== undefined && this.pendingNext === followingSource) this.copyField(entryNumber, NEXT, entryNumber + 1, SOURCE);
    else this.write(entryNumber, NEXT, this.pendingNext);
  }

  private copyField(entryNumber: number, field: number, fromEntry: number, fromField: number): void {
    const to = 2 * (entryNumber * FIELD_COUNT + field);
    const from = 2 * (fromEntry * FIELD_COUNT + fromField);
    this.fields[to] = this.fields[from];
    this.fields[to + 1] = this.fields[from + 1];
  }

  private write(entryNumber: number, field: number, value: string | undefined): void {
    const at = 2 * (entryNumber * FIELD_COUNT + field);
    if (value === undefined) {
      this.fields[at] = 0;
      this.fields[at + 1] = ABSENT;
      return;
    }
    if (this.used + MAX_UTF8_BYTES_PER_UNIT * value.length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + MAX_UTF8_BYTES_PER_UNIT * value.length));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    const { written } = this.encoder.encodeInto(value, this.bytes.subarray(this.used));
    this.fields[at] = this.used;
    this.fields[at + 1] = written;
    this.used += written;
  }
}
