/** "闻库表示，…": in a press conference or an interview an official speaks for the unit of his post until another speaks. */
import type { EntityRef, PostFact, Sentence } from "../extraction-types";

/** A paragraph that opens with a question hands the word to the journalist, not to a unit. */
const QUESTION = /^(?:记者|问|提问)[:：]?/;
/** What may stand between the start of the clause and the speaker: "会上，", "在回答记者提问时，". */
const SPEAKER_LEAD = /^(?:[^，,。]{0,12}[，,])?$/;
/** Methods weaker than a speaker: the sentence names no subject of its own and no section owns it. */
const WEAKER = new Set<Sentence["ownerMethod"]>([undefined, "document-subject"]);

/** The unit each person speaks for: the first department or ministry post the text gives them. */
function unitsOf(posts: PostFact[]): Map<string, EntityRef> {
  const units = new Map<string, EntityRef>();
  const ranked = [...posts].sort((a, b) => rank(a.org) - rank(b.org));
  for (const post of ranked) if (!units.has(post.person)) units.set(post.person, post.org);
  return units;
}

function rank(org: EntityRef): number {
  return org.label === "Bureau" ? 0 : org.label === "Ministry" ? 1 : 2;
}

/** The official a sentence lets speak ("谢存表示，", "会上，闻库介绍"), if the text gave them a post. */
function speakerOf(sentence: Sentence, units: Map<string, EntityRef>, speechVerbs: string[]): EntityRef | undefined {
  for (const [person, unit] of units) {
    const at = sentence.text.indexOf(person);
    if (at < 0 || !SPEAKER_LEAD.test(sentence.text.slice(0, at))) continue;
    const after = sentence.text.slice(at + person.length);
    if (speechVerbs.some((v) => after.startsWith(v))) return unit.label === "Organization" ? undefined : unit;
  }
  return undefined;
}

/**
 * Input: the text, owned sentences, the posts found and the speech verbs. Output: the same
 * sentences, where a paragraph whose first sentence lets an official speak, and the paragraphs
 * after it until a question or another speaker, are owned by the official's unit — except where a
 * sentence names its own subject, continues one, or its section belongs to an org.
 */
export function withSpeakerSubjects(text: string, sentences: Sentence[], posts: PostFact[], speechVerbs: string[]): Sentence[] {
  const units = unitsOf(posts);
  if (units.size === 0) return sentences;
  let speaker: EntityRef | undefined;
  let lastEnd = 0;
  return sentences.map((sentence) => {
    const opensParagraph = lastEnd === 0 || text.slice(lastEnd, sentence.start).includes("\n");
    lastEnd = sentence.end;
    if (opensParagraph) {
      if (QUESTION.test(sentence.text)) speaker = undefined;
      speaker = speakerOf(sentence, units, speechVerbs) ?? speaker;
    }
    if (!speaker || !WEAKER.has(sentence.ownerMethod)) return sentence;
    return { ...sentence, owner: speaker, ownerMethod: "section-owner" };
  });
}
