/** OWNS facts: in a sentence that belongs to an org's section, that org owns every program the sentence names. */
import type { DatedFact, Mention, Sentence } from "./extraction-types";

/** Mentions inside a sentence, by offsets; `mentions` must be sorted by start. */
export function mentionsIn(sentence: Sentence, mentions: Mention[]): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < sentence.end; i++) {
    const m = mentions[i] as Mention;
    if (m.end <= sentence.end) inside.push(m);
  }
  return inside;
}

/**
 * Input: dated, owned sentences and the document's mentions. Output: one OWNS fact per
 * (sentence, program) where the sentence has an owner; the year is the sentence's.
 */
export function extractOwns(sentences: Sentence[], mentions: Mention[]): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const sentence of sentences) {
    if (!sentence.owner) continue;
    for (const m of mentionsIn(sentence, mentions)) {
      if (m.entity.label !== "Program") continue;
      facts.push({ type: "OWNS", from: sentence.owner, to: m.entity, year: sentence.year, sentence });
    }
  }
  return facts;
}
