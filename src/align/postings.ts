/** Sentence numbers per lemma id, ascending: which target sentences can match a lemma. */
export function invert(lemmas: readonly Int32Array[]): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  lemmas.forEach((ids, sentence) => {
    for (const id of ids) {
      let list = lists.get(id);
      if (!list) lists.set(id, (list = []));
      list.push(sentence);
    }
  });
  const postings = new Map<number, Int32Array>();
  for (const [id, list] of lists) postings.set(id, Int32Array.from(list));
  return postings;
}

/** The first position in an ascending list whose value is at least `value`. */
export function lowerBound(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
