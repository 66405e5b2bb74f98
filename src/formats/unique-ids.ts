/**
 * Hands out ids unique within a scope: an id already taken becomes `id-2`, `id-3`, … Each base
 * remembers where its numbering stopped, so a hundred thousand copies of one id cost linear time.
 */
export class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  constructor(initial: Iterable<string> = []) {
    for (const id of initial) this.taken.add(id);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** `id` itself when free, else the first free `id-N`; either way it is taken from now on. */
  claim(id: string): string {
    let candidate = id;
    if (this.taken.has(candidate)) {
      let suffix = this.nextSuffix.get(id) ?? 2;
      while (this.taken.has(`${id}-${suffix}`)) suffix++;
      candidate = `${id}-${suffix}`;
      this.nextSuffix.set(id, suffix + 1);
    }
    this.taken.add(candidate);
    return candidate;
  }

  clear(): void {
    this.taken.clear();
    this.nextSuffix.clear();
  }

  get size(): number {
    return this.taken.size;
  }
}

/** An id made an XML NMTOKEN, as XLIFF 2 ids must be: any other character becomes `_`. */
export function asNmtoken(id: string): string {
  return id.replace(/[^\p{L}\p{N}._:-]/gu, '_');
}
