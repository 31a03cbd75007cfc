/** Reads a document's genre (Document.kind) from the cue words of its title and opening. */
import type { DocumentKind } from "../../../cypher/model";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";

/** The title, the page chrome around it and the first sentences: where a genre shows itself. */
const OPENING_CHARS = 300;

/**
 * Input: the normalised text, the issuer read from its title (if any), the gazetteer and the
 * headline (if the page has one). Output: the first genre of `documentKindCues` (lexicon order,
 * most specific first) whose cue stands in the headline, else in the opening; a notice signed by
 * a region is a provincial text, one with several issuers a joint notice; no cue → "other".
 */
export function readDocumentKind(text: string, issuer: string | undefined, gazetteer: Gazetteer, headline?: string): DocumentKind {
  const opening = text.slice(0, OPENING_CHARS);
  const cued = (part: string): DocumentKind | undefined => gazetteer.lexicon.documentKindCues.find((rule) => rule.cues.some((cue) => part.includes(cue)))?.kind;
  // The headline says what the text is more surely than the opening, which may name other events.
  const found = (headline === undefined ? undefined : cued(headline)) ?? cued(opening) ?? "other";
  // A notice a province or city signs ("广东省人民政府" under a forwarded State Council notice) is a provincial text.
  const regional = issuer !== undefined && gazetteer.regions.some((r) => issuer.trim().startsWith(r.short));
  if (found === "notice" && regional) return "provincial";
  if (found === "notice" && issuer !== undefined && issuer.trim().split(/[\s、]+/).length > 1) return "joint-notice";
  return found;
}
