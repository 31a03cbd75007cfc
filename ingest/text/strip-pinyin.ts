/** Drops the pinyin glosses some crawled pages put after characters ("會(huì)議"), keeping where each kept character stood. */

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/** A parenthesised run of Latin letters with at least one tone mark, straight after a Han character; "(试行)", "(5G)" and "(ITU)" stay. */
const GLOSS = new RegExp(`(?<=[\\u4e00-\\u9fff])[(（]\\s*[a-zü${TONED}]*[${TONED}][a-zü${TONED}\\s]*[)）]`, "gi");

/** Input: decoded text. Output: the text without pinyin glosses and, per kept character, its offset in the input. */
export function stripPinyin(text: string): { text: string; offsets: number[] | undefined } {
  if (!GLOSS.test(text)) return { text, offsets: undefined };
  GLOSS.lastIndex = 0;
  const parts: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const m of text.matchAll(GLOSS)) {
    parts.push(text.slice(at, m.index));
    for (let i = at; i < m.index; i++) offsets.push(i);
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  for (let i = at; i < text.length; i++) offsets.push(i);
  return { text: parts.join(""), offsets };
}
