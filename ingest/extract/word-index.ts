/** A lookup of words as a character trie, for scanning text against word lists without trying every word. */

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The word that ends here, if one does. */
  word: string | undefined;
}

export interface WordIndex {
  root: TrieNode;
}

const cache = new WeakMap<readonly string[], WordIndex>();

/**
 * Builds (once per list) a trie of the words by UTF-16 code unit: a lookup at a position costs the length
 * of the longest word there, not the number of words sharing its first character (hundreds start with 国).
 */
export function wordIndex(words: readonly string[]): WordIndex {
  const cached = cache.get(words);
  if (cached) return cached;
  const root: TrieNode = { next: new Map(), word: undefined };
  for (const word of words) {
    if (word.length === 0) continue;
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), word: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    node.word = word;
  }
  const index = { root };
  cache.set(words, index);
  return index;
}

/** The longest word of the list that starts at `at` in `text`. */
export function longestWordAt(text: string, at: number, words: readonly string[]): string | undefined {
  let node: TrieNode | undefined = wordIndex(words).root;
  let longest: string | undefined;
  for (let i = at; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node === undefined) break;
    if (node.word !== undefined) longest = node.word;
  }
  return longest;
}

/** Every word of the list that starts at `at` in `text`, longest first. */
export function wordsAt(text: string, at: number, words: readonly string[]): string[] {
  let node: TrieNode | undefined = wordIndex(words).root;
  const found: string[] = [];
  for (let i = at; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node === undefined) break;
    if (node.word !== undefined) found.push(node.word);
  }
  return found.reverse();
}
