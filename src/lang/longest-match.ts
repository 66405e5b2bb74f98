/** Finds dictionary words in unsegmented (Chinese) text. */
export interface LongestMatch {
  /** Length of the longest word that starts at `start`, or 0 when none does. */
  longestAt(text: string, start: number): number;
}

interface TrieNode {
  word: boolean;
  /** Keyed by UTF-16 code unit, so a lookup builds no strings. */
  children?: Map<number, TrieNode>;
}

/**
 * Longest-match word lookup in unsegmented (Chinese) text: a character trie, so a lookup stops as
 * soon as no longer word can start with what it has read, and reads the text without slicing it.
 */
export class WordPrefixes implements LongestMatch {
  private readonly root: TrieNode = { word: false };

  /** With a `base`, the words of that one count too, and it is left unchanged. */
  constructor(
    words: Iterable<string>,
    private readonly base?: LongestMatch,
  ) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (word.length === 0) return;
    let node = this.root;
    for (let k = 0; k < word.length; k++) {
      node.children ??= new Map();
      const code = word.charCodeAt(k);
      let child = node.children.get(code);
      if (!child) {
        child = { word: false };
        node.children.set(code, child);
      }
      node = child;
    }
    node.word = true;
  }

  /** Length of the longest word that starts at `start`, or 0 when none does. */
  longestAt(text: string, start: number): number {
    let longest = 0;
    let node: TrieNode | undefined = this.root;
    for (let end = start; end < text.length; end++) {
      node = node.children?.get(text.charCodeAt(end));
      if (!node) break;
      if (node.word) longest = end + 1 - start;
    }
    return this.base ? Math.max(longest, this.base.longestAt(text, start)) : longest;
  }
}
