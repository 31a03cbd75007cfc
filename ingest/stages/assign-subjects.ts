/** A sentence that opens with an org doing something ("工业和信息化部要…", "省经信委要…") has that org as its owner. */
import type { Gazetteer } from "../gazetteer/load-gazetteer";
import type { Mention, Sentence } from "./extraction-types";
import { mentionsIn } from "./extract-owns";
import { longestWordAt } from "./word-index";

/** What may stand before the subject: nothing, 由, or an opening clause ("同时，"); never 联合/与 (a partner). */
const SUBJECT_LEAD = /^(?:由|[^，,]{1,8}[，,])?$/;

function isOrg(m: Mention): boolean {
  return m.entity.label === "Ministry" || m.entity.label === "Bureau" || m.entity.label === "Organization";
}

/**
 * Input: sentences, mentions, gazetteer. Output: the same sentences, where one that opens with an
 * org followed by a subject cue (要, 将, 牵头, 会同 …) is owned by that org; others keep their
 * section's owner.
 */
export function assignSubjects(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): Sentence[] {
  const orgs = mentions.filter(isOrg);
  return sentences.map((sentence) => {
    const first = mentionsIn(sentence, orgs)[0];
    if (!first || !SUBJECT_LEAD.test(text.slice(sentence.start, first.start))) return sentence;
    if (!longestWordAt(text, first.end, gazetteer.lexicon.subjectCues)) return sentence;
    return { ...sentence, owner: first.entity };
  });
}
