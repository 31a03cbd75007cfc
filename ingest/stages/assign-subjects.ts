/** A sentence that opens with an org doing something ("工业和信息化部要…", "省经信委要…") has that org as its owner. */
import type { Gazetteer } from "../gazetteer/load-gazetteer";
import type { Mention, Sentence } from "./extraction-types";
import { mentionsIn } from "./extract-owns";
import { longestWordAt } from "./word-index";

/** What may stand before the subject: nothing, 由, or opening clauses ("同时，", "为贯彻…，"); never 联合/与 (a partner). */
const SUBJECT_LEAD = /^(?:由|.*[，,])?$/;
const LIST_JOINTS = ["、", "和", "与", " "];

function isOrg(m: Mention): boolean {
  return m.entity.label === "Ministry" || m.entity.label === "Bureau" || m.entity.label === "Organization";
}

/**
 * Input: sentences, mentions, gazetteer. Output: the same sentences, where one that opens with an
 * org, or a list of orgs, followed by a subject cue (要, 将, 决定, 牵头, 会同 …) is owned by them;
 * others keep their section's owner.
 */
export function assignSubjects(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): Sentence[] {
  const orgs = mentions.filter(isOrg);
  return sentences.map((sentence) => {
    const inside = mentionsIn(sentence, orgs);
    const first = inside[0];
    if (!first || !SUBJECT_LEAD.test(text.slice(sentence.start, first.start))) return sentence;
    const subjects = leadingList(text, first, inside);
    const last = subjects[subjects.length - 1] as Mention;
    if (!longestWordAt(text, last.end, gazetteer.lexicon.subjectCues)) return sentence;
    return { ...sentence, owner: first.entity, coOwners: subjects.slice(1).map((m) => m.entity) };
  });
}

/** "工业和信息化部、财政部决定…": the orgs joined by 、/和/与/space at the start of a sentence. */
function leadingList(text: string, first: Mention, orgs: Mention[]): Mention[] {
  const list = [first];
  for (let last = first; ; ) {
    const joint = LIST_JOINTS.find((j) => text.startsWith(j, last.end));
    const next = joint === undefined ? undefined : orgs.find((m) => m.start === last.end + joint.length);
    if (!next) return list;
    list.push(next);
    last = next;
  }
}
