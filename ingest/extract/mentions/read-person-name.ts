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
 * The name starting at `start`, or undefined. The short form (two characters; three after a compound
 * surname, "欧阳夏丹") wins when what follows is a delimiter, a word that ends names ("苏波主持") or a
 * function word that never ends one ("苗圩将"); otherwise the long form ("许达哲，").
 */
export function readNameAfter(text: string, start: number, gazetteer: Gazetteer): string | undefined {
  const { nameWeakStops, nameNeverEnds } = gazetteer.lexicon;
  const nameStops = gazetteer.derived.nameEndWords;
  const compound = gazetteer.surnames.has(text.slice(start, start + 2)) && isCjk(text[start + 2]);
  const size = compound ? 3 : 2;
  const short = text.slice(start, start + size);
  const long = text.slice(start, start + size + 1);
  if (short.length < size || ![...short].every((ch) => isCjk(ch)) || !hasSurname(short, gazetteer)) return undefined;
  const afterShort = text.slice(start + size, start + size + 4);
  const afterLong = text.slice(start + size + 1, start + size + 5);
  const longOk = long.length === size + 1 && isCjk(long[size]);
  if (!isCjk(afterShort[0])) return short;
  // A function word after the short form ends the name there, even when a delimiter follows ("张峰就“…”").
  if (startsWithAny(afterShort, nameNeverEnds)) return short;
  if (longOk && !isCjk(afterLong[0])) return long;
  if (startsWithAny(afterShort, nameStops)) return short;
  if (longOk && startsWithAny(afterLong, nameStops)) return long;
  // "李国任等": 任 may end a name, 等 does not, so the name runs long.
  if (longOk && startsWithAny(afterLong, nameNeverEnds)) return long;
  if (startsWithAny(afterShort, nameWeakStops)) return short;
  if (longOk && startsWithAny(afterLong, nameWeakStops)) return long;
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
