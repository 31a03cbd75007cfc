/** Orgs that act together in one clause: "A副部长X和B委副主任Y共同主持", "A司、B司有关人员赴C会商". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef, Mention, Sentence } from "../extraction-types";

/** A clause ends at these; joint actors are sought inside one clause only. */
const CLAUSE_BREAK = /[，,。；;：:！？\n]/;
/** Between two joint actors there is a joint: "A副部长X和B委副主任Y", "A司、B司". */
const JOINT = /[和与及、]/;

function clauseStart(text: string, at: number, floor: number): number {
  for (let p = at - 1; p >= floor; p--) if (CLAUSE_BREAK.test(text[p] ?? "")) return p + 1;
  return floor;
}

/** "与A、B共同研究": orgs after a partner word are the subject's partners, not joint actors among themselves. */
const PARTNER_WORD = /(?:与|同|跟|会同|联合|配合|协同|携手)$/;

/** Distinct orgs inside [from, to), outermost only, each joined to the one before it. */
function joinedOrgs(text: string, from: number, to: number, orgs: Mention[]): EntityRef[] {
  const inside = orgs.filter((m) => m.start >= from && m.end <= to);
  const outer = inside.filter((m) => !inside.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  const first = outer[0];
  if (!first || PARTNER_WORD.test(text.slice(from, first.start))) return [];
  const refs: EntityRef[] = [];
  for (const [i, m] of outer.entries()) {
    const previous = outer[i - 1];
    if (previous && !JOINT.test(text.slice(previous.end, m.start))) return refs.length > 1 ? refs : [];
    if (!refs.some((r) => r.label === m.entity.label && r.name === m.entity.name)) refs.push(m.entity);
  }
  return refs;
}

/**
 * Input: text, one sentence, its org mentions, gazetteer. Output: groups of orgs that act
 * together — the joined orgs of a clause before a joint-action word (lexicon jointActionCues:
 * 共同 …), and the orgs of a clause before 赴/到 with the org visited for talks (lexicon
 * visitCues, visitTalkWords: "赴C进行会商"). The first of a group works with the others.
 */
/** Where `cue` occurs inside the sentence, as offsets in the text (searching past the sentence's end would scan the rest of the document). */
function cueOffsets(sentence: Sentence, cue: string): number[] {
  const found: number[] = [];
  for (let at = sentence.text.indexOf(cue); at >= 0; at = sentence.text.indexOf(cue, at + 1)) found.push(sentence.start + at);
  return found;
}

export function findJointActors(text: string, sentence: Sentence, orgs: Mention[], gazetteer: Gazetteer): EntityRef[][] {
  const groups: EntityRef[][] = [];
  const { jointActionCues, visitCues, visitTalkWords } = gazetteer.lexicon;
  for (const cue of jointActionCues) {
    for (const at of cueOffsets(sentence, cue)) {
      const actors = joinedOrgs(text, clauseStart(text, at, sentence.start), at, orgs);
      if (actors.length > 1) groups.push(actors);
    }
  }
  for (const cue of visitCues) {
    for (const at of cueOffsets(sentence, cue)) {
      const host = orgs.find((m) => m.start === at + cue.length);
      const rest = host ? text.slice(host.end, Math.min(sentence.end, host.end + 8)) : "";
      if (!host || !visitTalkWords.some((w) => rest.includes(w))) continue;
      const visitors = joinedOrgs(text, clauseStart(text, at, sentence.start), at, orgs);
      const first = visitors[0] ?? sentence.owner;
      if (first) groups.push([first, ...visitors.slice(1), host.entity]);
      // Every visitor holds the talks with the host, not only the first.
      for (const visitor of visitors.slice(1)) groups.push([visitor, host.entity]);
    }
  }
  return groups;
}
