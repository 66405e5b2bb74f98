import { createHash } from 'node:crypto';
import pg from 'pg';
import type { TmEntry } from '../model/entries.js';
import type { Memory, MemoryFile } from '../types.js';
import { confirmedUnit, fileFromRows, fileHeader, unitRows, type UnitRow } from './unit-rows.js';

/** The channel every committed write is announced on, with `{"memory": id, "batch": n}` or `{"memory": id, "deleted": true}`. */
export const CHANGES_CHANNEL = 'tmkit_changes';

export interface MemoryRecord {
  id: number;
  name: string;
  srcLang: string;
  trgLang: string | null;
}

/** A committed write, as announced on the changes channel. */
export interface Change {
  memory: number;
  batch?: number;
  deleted?: boolean;
}

/** An indexed row: its id in the database and its lookup entry. */
export interface EntryRow {
  row: number;
  entry: TmEntry;
}

/** Rows go to the database in statements of this many: one round trip each, parameters kept few. */
const INSERT_BATCH = 5_000;
const CONFIRMED_FILE = 'confirmed';

/**
 * The database side of a memory server: every write is one transaction that also announces
 * itself on `CHANGES_CHANNEL`, which PostgreSQL delivers only once the transaction has committed.
 */
export class Store {
  constructor(readonly pool: pg.Pool) {}

  async memories(): Promise<MemoryRecord[]> {
    const { rows } = await this.pool.query('SELECT id, name, src_lang, trg_lang FROM tmkit_memories ORDER BY name');
    return rows.map(toRecord);
  }

  async memory(name: string): Promise<MemoryRecord | undefined> {
    const { rows } = await this.pool.query('SELECT id, name, src_lang, trg_lang FROM tmkit_memories WHERE name = $1', [name]);
    return rows.length > 0 ? toRecord(rows[0]) : undefined;
  }

  async memoryById(id: number): Promise<MemoryRecord | undefined> {
    const { rows } = await this.pool.query('SELECT id, name, src_lang, trg_lang FROM tmkit_memories WHERE id = $1', [id]);
    return rows.length > 0 ? toRecord(rows[0]) : undefined;
  }

  /** The new memory, or undefined when the name is taken. */
  async createMemory(name: string, srcLang: string, trgLang: string | undefined): Promise<MemoryRecord | undefined> {
    return this.transaction(async (client) => {
      const { rows } = await client.query(
        'INSERT INTO tmkit_memories (name, src_lang, trg_lang) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING id, name, src_lang, trg_lang',
        [name, srcLang, trgLang ?? null],
      );
      if (rows.length === 0) return undefined;
      await announce(client, { memory: rows[0].id, batch: 0 });
      return toRecord(rows[0]);
    });
  }

  async deleteMemory(memory: MemoryRecord): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM tmkit_memories WHERE id = $1', [memory.id]);
      await client.query('INSERT INTO tmkit_deletions (memory_id) VALUES ($1)', [memory.id]);
      await announce(client, { memory: memory.id, deleted: true });
    });
  }

  /** Adds every unit of an imported memory, all or nothing; gives the number of units added. */
  async importMemory(memory: MemoryRecord, imported: Memory, fileName: string): Promise<{ units: number; batch: number }> {
    return this.transaction(async (client) => {
      const batch = await nextBatch(client);
      let count = 0;
      for (const file of imported.files) {
        const fileKey = `${batch}/${file.id}`;
        await client.query('INSERT INTO tmkit_files (memory_id, file_key, header) VALUES ($1, $2, $3)', [memory.id, fileKey, fileHeader(file)]);
        const rows = unitRows(file, fileName);
        for (let start = 0; start < rows.length; start += INSERT_BATCH) await insertRows(client, memory.id, fileKey, batch, rows.slice(start, start + INSERT_BATCH));
        count += rows.length;
      }
      await announce(client, { memory: memory.id, batch });
      return { units: count, batch };
    });
  }

  /**
   * Adds a confirmed segment, or updates it when a unit of that id was confirmed before (by
   * default the id follows from the source: confirming a source again replaces its translation).
   */
  async confirmUnit(memory: MemoryRecord, fields: { id?: string; source: string; target: string; previous?: string; next?: string; note?: string }): Promise<{ id: string; created: boolean; batch: number }> {
    const id = fields.id ?? `c${createHash('sha256').update(fields.source).digest('hex').slice(0, 16)}`;
    return this.transaction(async (client) => {
      // Two writers confirming the same unit at once must not both insert it.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [memory.id, id]);
      const batch = await nextBatch(client);
      await client.query(
        `INSERT INTO tmkit_files (memory_id, file_key, header) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [memory.id, CONFIRMED_FILE, JSON.stringify({ id: CONFIRMED_FILE, original: CONFIRMED_FILE, notes: [], metadata: {} })],
      );
      const unit = confirmedUnit({ ...fields, id }, new Date().toISOString());
      const [row] = unitRows({ id: CONFIRMED_FILE, items: [unit], notes: [], metadata: {} }, CONFIRMED_FILE);
      const existing = await client.query('SELECT id FROM tmkit_units WHERE memory_id = $1 AND file_key = $2 AND unit_id = $3', [memory.id, CONFIRMED_FILE, id]);
      if (existing.rows.length > 0) {
        const entry = row.entry;
        await client.query(
          'UPDATE tmkit_units SET batch = $2, unit = $3, source = $4, target = $5, origin = $6, previous = $7, next = $8, changed = $9, xid = pg_current_xact_id() WHERE id = $1',
          [existing.rows[0].id, batch, row.unit, entry?.source ?? null, entry?.target ?? null, entry?.origin ?? null, entry?.previous ?? null, entry?.next ?? null, entry?.changed ?? null],
        );
      } else {
        await insertRows(client, memory.id, CONFIRMED_FILE, batch, [row]);
      }
      await announce(client, { memory: memory.id, batch });
      return { id, created: existing.rows.length === 0, batch };
    });
  }

  /** The indexed rows of a memory in row order, a page at a time, or those of one write. */
  async *entryRows(memoryId: number, batch?: number): AsyncGenerator<EntryRow[]> {
    let after = 0;
    for (;;) {
      // Two statements, so that each has the plan its index allows.
      const { rows } = await this.pool.query(
        `SELECT id, source, target, origin, previous, next, changed FROM tmkit_units
         WHERE memory_id = $1 AND id > $2 ${batch === undefined ? '' : 'AND batch = $4'} ORDER BY id LIMIT $3`,
        batch === undefined ? [memoryId, after, ENTRY_PAGE] : [memoryId, after, ENTRY_PAGE, batch],
      );
      if (rows.length === 0) return;
      after = Number(rows[rows.length - 1].id);
      yield rows.map((row) => ({ row: Number(row.id), entry: row.source === null ? undefined : toEntry(row) })).filter((each): each is EntryRow => each.entry !== undefined);
      if (rows.length < ENTRY_PAGE) return;
    }
  }

  /**
   * The writes committed since `since` (a snapshot's xmin from the call before; undefined for
   * "none yet"), and the xmin to give next time: every transaction older than it has ended, so
   * nothing committed later can be older. A write may be given twice; applying it is idempotent.
   */
  async changesSince(since: string | undefined): Promise<{ changes: Change[]; next: string }> {
    const { rows } = await this.pool.query(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS next,
              (SELECT coalesce(json_agg(DISTINCT jsonb_build_object('memory', memory_id, 'batch', batch)), '[]') FROM tmkit_units WHERE $1::xid8 IS NOT NULL AND xid >= $1::xid8) AS written,
              (SELECT coalesce(json_agg(DISTINCT memory_id), '[]') FROM tmkit_deletions WHERE $1::xid8 IS NOT NULL AND xid >= $1::xid8) AS deleted`,
      [since ?? null],
    );
    const { next, written, deleted } = rows[0] as { next: string; written: Change[]; deleted: number[] };
    return { changes: [...written, ...deleted.map((memory) => ({ memory, deleted: true }))], next };
  }

  /** The whole memory, files in import order and units in document order. */
  async exportMemory(memory: MemoryRecord): Promise<Memory> {
    const { rows: files } = await this.pool.query('SELECT file_key, header FROM tmkit_files WHERE memory_id = $1 ORDER BY position', [memory.id]);
    const result: MemoryFile[] = [];
    for (const file of files) {
      const { rows } = await this.pool.query('SELECT groups, unit FROM tmkit_units WHERE memory_id = $1 AND file_key = $2 ORDER BY id', [memory.id, file.file_key]);
      result.push(fileFromRows(file.header, rows as Array<{ groups: string | null; unit: string }>));
    }
    return { srcLang: memory.srcLang, trgLang: memory.trgLang ?? undefined, files: result };
  }

  /** Unit counts by memory, for listing. */
  async unitCounts(): Promise<Map<number, number>> {
    const { rows } = await this.pool.query('SELECT memory_id, count(*) AS units FROM tmkit_units GROUP BY memory_id');
    return new Map(rows.map((row) => [row.memory_id as number, Number(row.units)]));
  }

  async createToken(hash: string, role: string): Promise<void> {
    await this.pool.query('INSERT INTO tmkit_tokens (hash, role) VALUES ($1, $2)', [hash, role]);
  }

  async tokenRole(hash: string): Promise<string | undefined> {
    const { rows } = await this.pool.query('SELECT role FROM tmkit_tokens WHERE hash = $1', [hash]);
    return rows[0]?.role;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

const ENTRY_PAGE = 50_000;

async function nextBatch(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query("SELECT nextval('tmkit_batches') AS batch");
  return Number(rows[0].batch);
}

async function announce(client: pg.ClientBase, change: { memory: number; batch?: number; deleted?: boolean }): Promise<void> {
  await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(change)]);
}

async function insertRows(client: pg.ClientBase, memoryId: number, fileKey: string, batch: number, rows: readonly UnitRow[]): Promise<void> {
  const column = <T>(pick: (row: UnitRow) => T) => rows.map(pick);
  await client.query(
    `INSERT INTO tmkit_units (memory_id, file_key, batch, unit_id, groups, unit, source, target, origin, previous, next, changed)
     SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`,
    [
      memoryId,
      fileKey,
      batch,
      column((row) => row.unitId),
      column((row) => row.groups),
      column((row) => row.unit),
      column((row) => row.entry?.source ?? null),
      column((row) => row.entry?.target ?? null),
      column((row) => row.entry?.origin ?? null),
      column((row) => row.entry?.previous ?? null),
      column((row) => row.entry?.next ?? null),
      column((row) => row.entry?.changed ?? null),
    ],
  );
}

function toRecord(row: { id: number; name: string; src_lang: string; trg_lang: string | null }): MemoryRecord {
  return { id: row.id, name: row.name, srcLang: row.src_lang, trgLang: row.trg_lang };
}

function toEntry(row: Record<string, string | null>): TmEntry {
  const entry: TmEntry = { source: row.source!, target: row.target!, origin: row.origin! };
  if (row.previous !== null) entry.previous = row.previous;
  if (row.next !== null) entry.next = row.next;
  if (row.changed !== null) entry.changed = row.changed;
  return entry;
}
