/** A lookup of words by their first character, for scanning text against word lists without trying every word. */

export interface WordIndex {
  /** Words by first character, longest first. */
  byFirst: Map<string, string[]>;
}

const cache = new WeakMap<readonly string[], WordIndex>();

/** Builds (once per list) an index of the words by first character. */
export function wordIndex(words: readonly string[]): WordIndex {
  const cached = cache.get(words);
  if (cached) return cached;
  const byFirst = new Map<string, string[]>();
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const first = word[0];
    if (first === undefined) continue;
    const bucket = byFirst.get(first);
    if (bucket) bucket.push(word);
    else byFirst.set(first, [word]);
  }
  const index = { byFirst };
  cache.set(words, index);
  return index;
}

/** The longest word of the list that starts at `at` in `text`. */
export function longestWordAt(text: string, at: number, words: readonly string[]): string | undefined {
  const candidates = wordIndex(words).byFirst.get(text[at] ?? "");
  return candidates?.find((w) => text.startsWith(w, at));
}

/** Every word of the list that starts at `at` in `text`, longest first. */
export function wordsAt(text: string, at: number, words: readonly string[]): string[] {
  return (wordIndex(words).byFirst.get(text[at] ?? "") ?? []).filter((w) => text.startsWith(w, at));
}
