/** The org a whole document speaks for, by its genre: the fallback owner of sentences that name none. */
import type { DocumentKind } from "../../../cypher/model";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef, Mention, Sentence } from "../extraction-types";
import { readSignatureDate } from "../document/signature-date";

/** Genres in which the ministry acts through the whole text (a press statement, a reply it signs, a conference). A notice is not one: it sets out programs that others run. */
const MINISTRY_VOICE: ReadonlySet<DocumentKind> = new Set(["press-conference", "work-conference-report", "proposal-reply", "speech"]);
/** Genres written by or about one department: the department the opening names. */
const DEPARTMENT_VOICE: ReadonlySet<DocumentKind> = new Set(["bureau-review", "interview"]);
/** Where a department's review or interview names its department. */
const OPENING_CHARS = 300;

/**
 * Input: the genre, the document's mentions and the gazetteer. Output: for a ministry's genres the
 * home ministry when the text names it; for a department's, the first department of the opening,
 * else the ministry; for a provincial text the first regional body of the opening; none for
 * personnel news, notices and other texts.
 */
export function documentSubject(kind: DocumentKind, mentions: Mention[], gazetteer: Gazetteer): EntityRef | undefined {
  const home = gazetteer.lexicon.homeMinistry;
  const ministry = mentions.find((m) => m.entity.label === "Ministry" && m.entity.name === home)?.entity;
  if (MINISTRY_VOICE.has(kind)) return ministry;
  // A provincial text is issued or hosted by the regional body its opening names first.
  if (kind === "provincial") return mentions.find((m) => m.source === "region" && m.entity.label === "Organization" && m.start < OPENING_CHARS)?.entity;
  if (!DEPARTMENT_VOICE.has(kind)) return undefined;
  return mentions.find((m) => m.entity.label === "Bureau" && m.start < OPENING_CHARS)?.entity ?? ministry;
}

/** Where the document's own voice ends: at its first signature; a forwarded or attached text follows it. */
export function ownVoiceEnd(text: string): number {
  let start = 0;
  for (const line of text.split("\n")) {
    if (readSignatureDate(line.trim())) return start + line.length;
    start += line.length + 1;
  }
  return text.length;
}

/**
 * Sentences left without an owner by their own subject, the topic chain and their section take the
 * document's, up to `end` (the close of its own voice).
 */
export function withDocumentSubject(sentences: Sentence[], subject: EntityRef | undefined, end = Infinity): Sentence[] {
  if (!subject) return sentences;
  return sentences.map((s) => (s.owner || s.start >= end ? s : { ...s, owner: subject, ownerMethod: "document-subject" }));
}
