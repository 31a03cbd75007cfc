/** COLLABORATES facts: "会同财政部", "联合国家发改委、财政部", "与商务部合作", "由国务院和中央军委联合发布". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { DatedFact, EntityRef, Mention, Sentence } from "../extraction-types";
import { mentionsIn } from "../spans";
import { isOrg } from "../org-labels";
import { findJointActors } from "./find-joint-actors";

/** Characters allowed between the cue and its first partner ("配合、推动最高法"). */
const MAX_GAP = 3;
const JOINT_WORDS = ["与", "同", "和"];
/** An adverb or a place between the partner and the closing cue: "与中国银行继续合作", "与X在京联合举办". */
const PARTNER_ADVERB = /^(?:继续|进一步|深入|正式|在京|在[\u4e00-\u9fff]{1,3}?(?=联合|共同|合作|签署|签订))/;

/** The joints of a partner list: every list's, and a comma after a cue ("会同财政部，科技部"). */
function partnerJoints(gazetteer: Gazetteer): string[] {
  return [...gazetteer.lexicon.listJoints, ...gazetteer.lexicon.partnerListJoints];
}

/** Orgs listed from `at` on: "国家发改委、科技部、财政部", stopping at the first non-org. */
function orgListFrom(text: string, at: number, orgs: Mention[], maxGap: number, joints: string[]): Mention[] {
  const list: Mention[] = [];
  let first = orgs.find((m) => m.start >= at && m.start - at <= maxGap && !/[，。；,;]/.test(text.slice(at, m.start)));
  while (first) {
    list.push(first);
    const end = first.end;
    const joint = joints.find((j) => text.startsWith(j, end));
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
      const partners = orgListFrom(text, at + cue.length, orgs, MAX_GAP, partnerJoints(gazetteer));
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
      const partners = orgListFrom(text, at + word.length, orgs, 0, partnerJoints(gazetteer));
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

/** What may stand between two co-signers of a document: a space, 、, 和, 及 or nothing. */
const SIGNER_GAP = /^[\s、和及]*$/;
const MIN_SIGNERS = 2;
/** A ministry's general office signs for the ministry ("工业和信息化部办公厅 财政部办公厅关于…"). */
const GENERAL_OFFICE = "办公厅";

function signerRef(m: Mention, gazetteer: Gazetteer): EntityRef {
  const entry = gazetteer.byKey.get(`${m.entity.label}:${m.entity.name}`);
  const ministry = m.entity.name === GENERAL_OFFICE && entry?.partOf ? gazetteer.byKey.get(`Ministry:${entry.partOf}`) : undefined;
  return ministry ? { label: "Ministry", name: ministry.name } : m.entity;
}

/** A run of signers that opens its clause is the text's own subject ("A、B联合印发…", the title "A B关于…"). */
const CLAUSE_START = /^$|[，,。；;：:\s]$/;

/** The home ministry or one of its bureaus: a document it co-signs is its own collaboration even when cited. */
function isHome(ref: EntityRef, gazetteer: Gazetteer): boolean {
  const home = gazetteer.lexicon.homeMinistry;
  return ref.name === home || (ref.label === "Bureau" && gazetteer.byKey.get(`Bureau:${ref.name}`)?.partOf === home);
}

/**
 * "A B C关于…的通知", "A、B联合印发…": orgs written next to each other right before an issuing word
 * co-sign the document, so the first works with each of the others. The run must open its clause
 * or include the home ministry: "会同A、B印发" lists partners, and the co-signers of another
 * body's cited document (《中共中央 国务院关于…》) are not what the text says anyone does.
 */
function coSignerFacts(text: string, sentence: Sentence, orgs: Mention[], gazetteer: Gazetteer): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const run of signerRuns(text, outermost(orgs))) {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last || run.length < MIN_SIGNERS) continue;
    const refs = run.map((m) => signerRef(m, gazetteer));
    const opens = CLAUSE_START.test(text.slice(Math.max(0, first.start - 1), first.start));
    const after = text.slice(last.end, last.end + 6).trimStart();
    if (!(opens || refs.some((r) => isHome(r, gazetteer))) || !gazetteer.lexicon.coSignCues.some((c) => after.startsWith(c))) continue;
    const [signer, ...others] = refs;
    if (signer) facts.push(...others.flatMap((p) => fact(signer, p, sentence) ?? []));
  }
  return facts;
}

/** Orgs not inside a longer org mention (a ministry nested in its department's name). */
function outermost(orgs: Mention[]): Mention[] {
  return orgs.filter((m) => !orgs.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

/** Maximal runs of orgs with only a signer gap between neighbours, in text order. */
function signerRuns(text: string, orgs: Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of orgs) {
    const previous = run[run.length - 1];
    if (previous && m.start >= previous.end && SIGNER_GAP.test(text.slice(previous.end, m.start))) run.push(m);
    else {
      if (run.length > 0) runs.push(run);
      run = [m];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Input: dated sentences, mentions (orgs), gazetteer. Output: COLLABORATES facts from the
 * sentence's subject (an org just before the cue, else the section's owner) to each named
 * partner after 会同/联合/配合/协同, or between 与/和 and a closing cue (合作, 联合, 建立 …);
 * orgs acting jointly as a sentence's subjects ("工业和信息化部、财政部决定…") and the co-signers
 * of a document ("A B关于…的通知") collaborate too.
 */
export function extractCollaborations(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): DatedFact[] {
  const orgMentions = mentions.filter(isOrg);
  return sentences.flatMap((sentence) => {
    const orgs = mentionsIn(sentence, orgMentions);
    if (orgs.length === 0) return [];
    const joint = (sentence.coOwners ?? []).flatMap((co) => (sentence.owner ? (fact(sentence.owner, co, sentence) ?? []) : []));
    const actors = findJointActors(text, sentence, orgs, gazetteer).flatMap(([first, ...others]) => (first ? others.flatMap((p) => fact(first, p, sentence) ?? []) : []));
    const all = [...joint, ...cueFacts(text, sentence, orgs, gazetteer), ...withFacts(text, sentence, orgs, gazetteer), ...coSignerFacts(text, sentence, orgs, gazetteer), ...actors];
    const seen = new Set<string>();
    return all.filter((f) => {
      const key = `${f.from.name}|${f.to.name}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  });
}
