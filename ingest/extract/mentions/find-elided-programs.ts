/** Programs written with a shared ending left out: "家电和汽车摩托车下乡" = 家电下乡 + 汽车摩托车下乡. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";

const MAX_HEAD = 6;
const CJK = /[\u4e00-\u9fff]/;

/** The CJK run of at most MAX_HEAD characters ending at `end`. */
function headBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_HEAD && CJK.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

/**
 * Input: text, known program mentions, gazetteer. Output: a mention for X in "X和Y…tail" when
 * Y…tail is a known program and X+tail is too (the shortest head that makes a known name).
 */
export function findElidedPrograms(text: string, known: Mention[], gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const m of known) {
    if (m.entity.label !== "Program" || !gazetteer.lexicon.listJoints.includes(text[m.start - 1] ?? "")) continue;
    const head = headBefore(text, m.start - 1);
    for (let k = 1; k < m.surface.length; k++) {
      const tail = m.surface.slice(k);
      const hit = [...head].map((_, i) => head.slice(i)).reverse().find((h) => gazetteer.bySurface.get(h + tail)?.label === "Program");
      if (!hit) continue;
      const entry = gazetteer.bySurface.get(hit + tail);
      const start = m.start - 1 - hit.length;
      if (entry) found.push({ start, end: start + hit.length, surface: hit, entity: { label: "Program", name: entry.name }, source: "gazetteer", aliases: [hit + tail] });
      break;
    }
  }
  return found;
}
