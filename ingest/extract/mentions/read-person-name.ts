/** Reads a Chinese personal name next to a post title: two or three characters, starting with a known surname. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";

const CJK = /[\u4e00-\u9fff]/;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

function hasSurname(name: string, gazetteer: Gazetteer): boolean {
  return gazetteer.surnames.has(name.slice(0, 1)) || gazetteer.surnames.has(name.slice(0, 2));
}

function startsWithAny(text: string, words: string[]): boolean {
  return words.some((w) => text.startsWith(w));
}

/**
 * The name starting at `start`, or undefined. Two characters win when what follows is a
 * delimiter, a word that ends names ("苏波主持") or a function word that never ends one ("苗圩将");
 * otherwise three ("许达哲，").
 */
export function readNameAfter(text: string, start: number, gazetteer: Gazetteer): string | undefined {
  const { nameStops, nameWeakStops, nameNeverEnds } = gazetteer.lexicon;
  const two = text.slice(start, start + 2);
  const three = text.slice(start, start + 3);
  if (two.length < 2 || !isCjk(two[0]) || !isCjk(two[1]) || !hasSurname(two, gazetteer)) return undefined;
  const after2 = text.slice(start + 2, start + 6);
  const after3 = text.slice(start + 3, start + 7);
  const threeOk = three.length === 3 && isCjk(three[2]);
  if (!isCjk(after2[0])) return two;
  // A function word as third character ends the name before it, even when a delimiter follows ("张峰就“…”").
  if (startsWithAny(after2, nameNeverEnds)) return two;
  if (threeOk && !isCjk(after3[0])) return three;
  if (startsWithAny(after2, nameStops)) return two;
  if (threeOk && startsWithAny(after3, nameStops)) return three;
  // "李国任等": 任 may end a name, 等 does not, so the name runs to three.
  if (threeOk && startsWithAny(after3, nameNeverEnds)) return three;
  if (startsWithAny(after2, nameWeakStops)) return two;
  if (threeOk && startsWithAny(after3, nameWeakStops)) return three;
  return undefined;
}

/**
 * The name ending at `end` ("马凯副总理", "获李克强总理"), or undefined: three characters when
 * they start with a surname, else two. `known` names are preferred; an unknown name must stand
 * after a delimiter unless `loose` (for the highest titles).
 */
export function readNameBefore(text: string, end: number, gazetteer: Gazetteer, known: Set<string>, loose: boolean): string | undefined {
  for (const length of [3, 2]) {
    const name = text.slice(end - length, end);
    if (name.length === length && known.has(name)) return name;
  }
  for (const length of [3, 2]) {
    const name = text.slice(end - length, end);
    if (name.length !== length || ![...name].every((ch) => isCjk(ch)) || !hasSurname(name, gazetteer)) continue;
    if (loose || !isCjk(text[end - length - 1])) return name;
  }
  return undefined;
}
