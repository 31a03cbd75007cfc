/** COLLABORATES facts: "会同财政部", "联合国家发改委、财政部", "与商务部合作", "由国务院和中央军委联合发布". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { DatedFact, EntityRef, Mention, Sentence } from "../extraction-types";
import { mentionsIn } from "../spans";
import { isOrg } from "../org-labels";

/** Characters allowed between the cue and its first partner ("配合、推动最高法"). */
const MAX_GAP = 3;
const LIST_JOINTS = ["、", "和", "及", ",", "，"];
const JOINT_WORDS = ["与", "同", "和"];
/** An adverb or a place between the partner and the closing cue: "与中国银行继续合作", "与X在京联合举办". */
const PARTNER_ADVERB = /^(?:继续|进一步|深入|正式|在京|在[\u4e00-\u9fff]{1,3}?(?=联合|共同|合作|签署|签订))/;

/** Orgs listed from `at` on: "国家发改委、科技部、财政部", stopping at the first non-org. */
function orgListFrom(text: string, at: number, orgs: Mention[], maxGap: number): Mention[] {
  const list: Mention[] = [];
  let first = orgs.find((m) => m.start >= at && m.start - at <= maxGap && !/[，。；,;]/.test(text.slice(at, m.start)));
  while (first) {
    list.push(first);
    const end = first.end;
    const joint = LIST_JOINTS.find((j) => text.startsWith(j, end));
    first = joint ? orgs.find((m) => m.start === end + joint.length) : undefined;
  }
  return list;
}

function subjectOf(text: string, cueStart: number, orgs: Mention[], sentence: Sentence): EntityRef | undefined {
  const before = orgs.find((m) => m.end === cueStart || (m.end === cueStart - 1 && /[要将已]/.test(text[m.end] ?? "")));
  return before?.entity ?? sentence.owner;
}

/** Offsets (in the document) of a word inside a sentence. */
function occurrences(sentence: Sentence, word: string): number[] {
  const found: number[] = [];
  for (let at = sentence.text.indexOf(word); at >= 0; at = sentence.text.indexOf(word, at + 1)) found.push(sentence.start + at);
  return found;
}

function fact(from: EntityRef, to: EntityRef, sentence: Sentence): DatedFact | undefined {
  if (from.label === to.label && from.name === to.name) return undefined;
  return { type: "COLLABORATES", from, to, year: sentence.year, sentence, method: "collaboration-cue" };
}

function cueFacts(text: string, sentence: Sentence, orgs: Mention[], gazetteer: Gazetteer): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const cue of gazetteer.lexicon.collaborationCues) {
    for (const at of occurrences(sentence, cue)) {
      const subject = subjectOf(text, at, orgs, sentence);
      const partners = orgListFrom(text, at + cue.length, orgs, MAX_GAP);
      if (subject) facts.push(...partners.flatMap((p) => fact(subject, p.entity, sentence) ?? []));
    }
  }
  return facts;
}

/** "与中科院、工程院合作", "与国家发改委、中央网信办等部门建立": partners between 与 and a closing cue. */
function withFacts(text: string, sentence: Sentence, orgs: Mention[], gazetteer: Gazetteer): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const word of JOINT_WORDS) {
    for (const at of occurrences(sentence, word)) {
      const partners = orgListFrom(text, at + word.length, orgs, 0);
      const last = partners[partners.length - 1];
      if (!last) continue;
      const rest = text.slice(last.end, Math.min(sentence.end, last.end + 12)).replace(/^等(?:有关)?(?:部门|单位|省区|地区)?/, "").replace(PARTNER_ADVERB, "");
      if (!gazetteer.lexicon.partnerCloseCues.some((c) => rest.startsWith(c))) continue;
      const before = orgs.find((m) => m.end === at);
      // "国务院和中央军委联合发布": the org before 和 works with the ones after it.
      const subject = before ? before.entity : word === "与" || word === "同" ? sentence.owner : undefined;
      if (subject) facts.push(...partners.flatMap((p) => fact(subject, p.entity, sentence) ?? []));
    }
  }
  return facts;
}

/**
 * Input: dated sentences, mentions (orgs), gazetteer. Output: COLLABORATES facts from the
 * sentence's subject (an org just before the cue, else the section's owner) to each named
 * partner after 会同/联合/配合/协同, or between 与/和 and a closing cue (合作, 联合, 建立 …);
 * orgs acting jointly as a sentence's subjects ("工业和信息化部、财政部决定…") collaborate too.
 */
export function extractCollaborations(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): DatedFact[] {
  const orgMentions = mentions.filter(isOrg);
  return sentences.flatMap((sentence) => {
    const orgs = mentionsIn(sentence, orgMentions);
    if (orgs.length === 0) return [];
    const joint = (sentence.coOwners ?? []).flatMap((co) => (sentence.owner ? (fact(sentence.owner, co, sentence) ?? []) : []));
    const all = [...joint, ...cueFacts(text, sentence, orgs, gazetteer), ...withFacts(text, sentence, orgs, gazetteer)];
    const seen = new Set<string>();
    return all.filter((f) => {
      const key = `${f.from.name}|${f.to.name}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  });
}
