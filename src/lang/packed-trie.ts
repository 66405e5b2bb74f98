/**
 * A word trie in four flat arrays, so that a stored dictionary is ready to use as soon as its bytes
 * are read: no object per word or per node is made. Children are sorted by UTF-16 code unit and
 * found by binary search; those of the root, the most numerous, through a table by code unit.
 */
import type { LongestMatch } from './longest-match.js';

export interface PackedTrieArrays {
  /** For node k, its children are childCodes/childNodes[childStart[k] … childStart[k + 1]). */
  childStart: Int32Array;
  childCodes: Uint16Array;
  childNodes: Int32Array;
  /** The index of the word that ends at node k, or -1. */
  wordAt: Int32Array;
}

export class PackedTrie implements LongestMatch {
  private readonly rootChildren: Int32Array;

  constructor(readonly arrays: PackedTrieArrays) {
    const { childStart, childCodes, childNodes } = arrays;
    this.rootChildren = new Int32Array(1 << 16);
    for (let k = childStart[0]; k < childStart[1]; k++) this.rootChildren[childCodes[k]] = childNodes[k];
  }

  /** The trie of `words`; word k has index k. */
  static build(words: readonly string[]): PackedTrie {
    interface Node {
      children: Map<number, Node>;
      word: number;
      id: number;
    }
    const root: Node = { children: new Map(), word: -1, id: 0 };
    words.forEach((word, index) => {
      let node = root;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k);
        let child = node.children.get(code);
        if (!child) node.children.set(code, (child = { children: new Map(), word: -1, id: 0 }));
        node = child;
      }
      if (word.length > 0 && node.word < 0) node.word = index;
    });
    // Breadth first, so that node ids are assigned before their children are listed.
    const order: Node[] = [root];
    for (let k = 0; k < order.length; k++) for (const code of [...order[k].children.keys()].sort((a, b) => a - b)) order.push(order[k].children.get(code)!);
    order.forEach((node, id) => (node.id = id));
    const childStart = new Int32Array(order.length + 1);
    const childCodes = new Uint16Array(order.length - 1);
    const childNodes = new Int32Array(order.length - 1);
    const wordAt = new Int32Array(order.length);
    let edge = 0;
    order.forEach((node, id) => {
      childStart[id] = edge;
      wordAt[id] = node.word;
      for (const code of [...node.children.keys()].sort((a, b) => a - b)) {
        childCodes[edge] = code;
        childNodes[edge++] = node.children.get(code)!.id;
      }
    });
    childStart[order.length] = edge;
    return new PackedTrie({ childStart, childCodes, childNodes, wordAt });
  }

  private child(node: number, code: number): number {
    if (node === 0) return this.rootChildren[code];
    const { childStart, childCodes, childNodes } = this.arrays;
    let lo = childStart[node];
    let hi = childStart[node + 1] - 1;
    while (lo <= hi) {
      const middle = (lo + hi) >> 1;
      const found = childCodes[middle];
      if (found === code) return childNodes[middle];
      if (found < code) lo = middle + 1;
      else hi = middle - 1;
    }
    return 0;
  }

  longestAt(text: string, start: number): number {
    let longest = 0;
    let node = 0;
    for (let end = start; end < text.length; end++) {
      node = this.child(node, text.charCodeAt(end));
      if (node === 0) break;
      if (this.arrays.wordAt[node] >= 0) longest = end + 1 - start;
    }
    return longest;
  }

  /** The index of `word`, or -1 when it is not in the trie. */
  indexOf(word: string): number {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      node = this.child(node, word.charCodeAt(k));
      if (node === 0) return -1;
    }
    return this.arrays.wordAt[node];
  }
}
