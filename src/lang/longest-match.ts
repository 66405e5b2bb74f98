const WORD = 1;
const CONTINUES = 2;

/**
 * Longest-match word lookup in unsegmented (Chinese) text. Every prefix of every word is kept, so
 * a lookup stops as soon as no longer word can start with what it has read — two or three probes
 * a position instead of one per possible word length.
 */
export class WordPrefixes {
  private readonly flags: Map<string, number>;

  constructor(words: Iterable<string>, flags = new Map<string, number>()) {
    this.flags = flags;
    for (const word of words) this.add(word);
  }

  /** An independent copy, to add words to without changing this one. */
  copy(): WordPrefixes {
    return new WordPrefixes([], new Map(this.flags));
  }

  add(word: string): void {
    for (let length = 1; length <= word.length; length++) {
      const prefix = word.slice(0, length);
      const flag = (this.flags.get(prefix) ?? 0) | (length === word.length ? WORD : CONTINUES);
      this.flags.set(prefix, flag);
    }
  }

  /** Length of the longest word that starts at `start`, or 0 when none does. */
  longestAt(text: string, start: number): number {
    let longest = 0;
    for (let end = start + 1; end <= text.length; end++) {
      const flag = this.flags.get(text.slice(start, end));
      if (flag === undefined) break;
      if (flag & WORD) longest = end - start;
      if (!(flag & CONTINUES)) break;
    }
    return longest;
  }
}
