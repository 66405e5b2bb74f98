import type pg from 'pg';

/**
 * The schema, as numbered steps applied in order and recorded in `tmkit_schema`: a server or a
 * token command that starts on an older database brings it up to date, one step per transaction.
 * Steps are never edited once released; a change is a new step.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE tmkit_memories (
     id serial PRIMARY KEY,
     name text NOT NULL UNIQUE,
     src_lang text NOT NULL,
     trg_lang text,
     created timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE tmkit_files (
     memory_id integer NOT NULL REFERENCES tmkit_memories ON DELETE CASCADE,
     file_key text NOT NULL,
     position bigserial,
     header text NOT NULL,
     PRIMARY KEY (memory_id, file_key)
   );
   CREATE SEQUENCE tmkit_batches;
   CREATE TABLE tmkit_units (
     id bigserial PRIMARY KEY,
     memory_id integer NOT NULL REFERENCES tmkit_memories ON DELETE CASCADE,
     file_key text NOT NULL,
     unit_id text NOT NULL,
     batch bigint NOT NULL,
     groups text,
     unit text NOT NULL,
     source text,
     target text,
     origin text,
     previous text,
     next text,
     changed text
   );
   CREATE INDEX tmkit_units_memory ON tmkit_units (memory_id, id);
   CREATE INDEX tmkit_units_batch ON tmkit_units (memory_id, batch);
   CREATE INDEX tmkit_units_identity ON tmkit_units (memory_id, file_key, unit_id);
   CREATE TABLE tmkit_tokens (
     id serial PRIMARY KEY,
     hash text NOT NULL UNIQUE,
     role text NOT NULL CHECK (role IN ('read', 'write', 'admin')),
     created timestamptz NOT NULL DEFAULT now()
   );`,
  // The transaction that last wrote each row: a server on a read replica, where NOTIFY does not
  // arrive, follows the writes committed since its last look by it.
  `ALTER TABLE tmkit_units ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
   CREATE INDEX tmkit_units_xid ON tmkit_units (xid);
   CREATE TABLE tmkit_deletions (memory_id integer NOT NULL, xid xid8 NOT NULL DEFAULT pg_current_xact_id());`,
];

/** Any fixed number: every tmkit process migrating one database takes this lock, so only one migrates at a time. */
const MIGRATION_LOCK = 0x746d6b74;

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Whether the database has every step: a read replica cannot be migrated, only checked. */
export async function schemaVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>("SELECT CASE WHEN to_regclass('tmkit_schema') IS NULL THEN 0 ELSE (SELECT max(version) FROM tmkit_schema) END AS version");
  return rows[0]?.version ?? 0;
}

/** Applies the steps the database lacks; refuses a database newer than this program. */
export async function migrate(client: pg.ClientBase): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS tmkit_schema (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT max(version) AS version FROM tmkit_schema');
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) throw new SchemaTooNewError(current);
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[version - 1]);
        await client.query('INSERT INTO tmkit_schema (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** A read replica whose schema is not this program's: the primary's servers migrate it. */
export class SchemaMismatchError extends Error {
  constructor(readonly version: number) {
    super(`database schema version ${version}, this tmkit needs ${MIGRATIONS.length}`);
  }
}

export class SchemaTooNewError extends Error {
  constructor(readonly version: number) {
    super(`database schema version ${version} is newer than this tmkit (${MIGRATIONS.length})`);
  }
}
