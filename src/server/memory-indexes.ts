import pg from 'pg';
import { LiveIndex } from './live-index.js';
import { type Change, CHANGES_CHANNEL, type MemoryRecord, type Store } from './store.js';

export interface LoadedMemory {
  record: MemoryRecord;
  index: LiveIndex;
}

/** How long to wait before listening again after the listening connection broke. */
const RECONNECT_MS = 500;
/** How often a server on a read replica looks for new writes. */
const POLL_MS = 200;

/**
 * The fuzzy index of every memory, in this process, built from the database at start and kept
 * current from it: each committed write is announced with NOTIFY and its rows are read back.
 * Changes are applied one at a time in the order they arrive. If the listening connection breaks,
 * announcements may have been missed, so every memory is loaded again once it is back.
 */
export class MemoryIndexes {
  private readonly byId = new Map<number, LoadedMemory>();
  private queue: Promise<void> = Promise.resolve();
  private listener: pg.Client | undefined;
  private poller: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly connectionString: string,
    /** On a read replica NOTIFY never arrives: the server polls for committed writes instead. */
    private readonly replica = false,
  ) {}

  async start(): Promise<void> {
    if (this.replica) {
      // The position is taken before loading: what commits meanwhile is applied (again) after.
      let since = (await this.store.changesSince(undefined)).next;
      await this.enqueue(() => this.loadAll());
      const poll = async () => {
        try {
          const { changes, next } = await this.store.changesSince(since);
          for (const change of changes) await this.apply(change);
          since = next;
        } catch {
          // The replica is unreachable for now: the next poll asks again from the same position.
        }
        if (!this.closed) this.poller = setTimeout(() => void poll(), POLL_MS);
      };
      this.poller = setTimeout(() => void poll(), POLL_MS);
      return;
    }
    await this.listen();
    await this.enqueue(() => this.loadAll());
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.poller);
    await this.listener?.end().catch(() => undefined);
  }

  /** The memory of that name, loading it if another server created it a moment ago. */
  async get(name: string): Promise<LoadedMemory | undefined> {
    const known = this.named(name);
    if (known) return known;
    await this.queue;
    const record = await this.store.memory(name);
    if (!record) return undefined;
    await this.enqueue(() => this.load(record));
    return this.byId.get(record.id);
  }

  private named(name: string): LoadedMemory | undefined {
    for (const loaded of this.byId.values()) if (loaded.record.name === name) return loaded;
    return undefined;
  }

  /** Applies a change now: a server applies its own writes before acknowledging them, so that its next lookup sees them. */
  apply(change: Change): Promise<void> {
    return this.enqueue(() => this.applyNow(change));
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    // One failed change must not stop the ones after it; the next reconnect reloads everything.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      void this.apply(JSON.parse(message.payload) as Change).catch(() => undefined);
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (!this.closed) setTimeout(() => void this.relisten(), RECONNECT_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    this.listener = client;
  }

  private async relisten(): Promise<void> {
    if (this.closed) return;
    try {
      await this.listen();
      await this.enqueue(() => this.loadAll());
    } catch {
      setTimeout(() => void this.relisten(), RECONNECT_MS);
    }
  }

  private async applyNow(change: Change): Promise<void> {
    if (change.deleted) {
      this.byId.delete(change.memory);
      return;
    }
    const loaded = this.byId.get(change.memory);
    if (!loaded) {
      const record = await this.store.memoryById(change.memory);
      if (record) await this.load(record);
      return;
    }
    if (change.batch === undefined || change.batch === 0) return;
    for await (const page of this.store.entryRows(change.memory, change.batch)) for (const { row, entry } of page) loaded.index.put(row, entry);
  }

  private async loadAll(): Promise<void> {
    const records = await this.store.memories();
    const wanted = new Set(records.map((record) => record.id));
    for (const id of this.byId.keys()) if (!wanted.has(id)) this.byId.delete(id);
    for (const record of records) await this.load(record);
  }

  private async load(record: MemoryRecord): Promise<void> {
    const index = new LiveIndex();
    for await (const page of this.store.entryRows(record.id)) for (const { row, entry } of page) index.put(row, entry);
    // Indexed now rather than on the first lookup: a server is ready when it says so.
    void index.length;
    this.byId.set(record.id, { record, index });
  }
}
