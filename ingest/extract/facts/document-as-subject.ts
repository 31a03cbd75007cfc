/** "《规划》部署了“五化五工程”": a document the text has shown an org issuing speaks, later, for that org. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef, Mention, Sentence } from "../extraction-types";
import { mentionsIn } from "../spans";
import { longestWordAt } from "../word-index";

/** What may stand before the document that opens the sentence: nothing, or a short opening clause. */
const LEAD = /^(?:[^，,。]{0,10}[，,])?$/;
const WEAKER = new Set<Sentence["ownerMethod"]>([undefined, "document-subject"]);

/** The org that issues each document: the owner of a sentence that names it right after an issuing verb. */
function issuers(text: string, sentences: Sentence[], documents: Mention[], gazetteer: Gazetteer): Map<string, EntityRef> {
  const found = new Map<string, EntityRef>();
  for (const sentence of sentences) {
    if (!sentence.owner || sentence.ownerMethod !== "explicit-subject") continue;
    for (const doc of mentionsIn(sentence, documents)) {
      const before = text.slice(sentence.start, doc.start);
      const issued = gazetteer.lexicon.documentVerbs.some((v) => before.endsWith(v) || before.endsWith(`${v}了`));
      if (issued && !found.has(doc.entity.name)) found.set(doc.entity.name, sentence.owner);
    }
  }
  return found;
}

/**
 * Input: text, owned sentences, mentions, gazetteer. Output: the same sentences, where one that
 * names no subject of its own and opens with a document that an org was shown issuing, followed
 * by what a plan does (部署, 提出, 明确 …), is owned by that org, as are the sentences of the same
 * paragraph after it that name no subject either (a topic chain).
 */
export function withDocumentsAsSubjects(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): Sentence[] {
  const documents = mentions.filter((m) => m.entity.label === "Document");
  const byDocument = issuers(text, sentences, documents, gazetteer);
  if (byDocument.size === 0) return sentences;
  let topic: EntityRef | undefined;
  let lastEnd = 0;
  return sentences.map((sentence) => {
    if (text.slice(lastEnd, sentence.start).includes("\n")) topic = undefined;
    lastEnd = sentence.end;
    if (!WEAKER.has(sentence.ownerMethod)) {
      topic = undefined;
      return sentence;
    }
    const opening = mentionsIn(sentence, documents).find((d) => LEAD.test(text.slice(sentence.start, d.start)));
    const issuer = opening ? byDocument.get(opening.entity.name) : undefined;
    if (opening && issuer && longestWordAt(text, opening.end, gazetteer.lexicon.documentSubjectCues)) topic = issuer;
    return topic ? { ...sentence, owner: topic, ownerMethod: "topic-chain" } : sentence;
  });
}
