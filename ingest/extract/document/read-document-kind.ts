/** Reads a document's genre (Document.kind) from the cue words of its title and opening. */
import type { DocumentKind } from "../../../cypher/model";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";

/** The title, the page chrome around it and the first sentences: where a genre shows itself. */
const OPENING_CHARS = 300;

/**
 * Input: the normalised text, the issuer read from its title (if any) and the gazetteer. Output:
 * the first genre of `documentKindCues` (lexicon order, most specific first) whose cue stands in
 * the opening; a notice with several issuers is a joint notice; no cue → "other".
 */
export function readDocumentKind(text: string, issuer: string | undefined, gazetteer: Gazetteer): DocumentKind {
  const opening = text.slice(0, OPENING_CHARS);
  const found = gazetteer.lexicon.documentKindCues.find((rule) => rule.cues.some((cue) => opening.includes(cue)))?.kind ?? "other";
  if (found === "notice" && issuer !== undefined && issuer.trim().split(/[\s、]+/).length > 1) return "joint-notice";
  return found;
}
