/** Finds the entity mentions of a document: gazetteer names plus names discovered by pattern, overlaps resolved. */
import type { Gazetteer } from "../gazetteer/load-gazetteer";
import type { Mention } from "./extraction-types";
import { findGazetteerMentions } from "./find-gazetteer-mentions";
import { findDocumentMentions } from "./find-document-mentions";
import { findOrgMentions } from "./find-org-mentions";
import { findProgramMentions } from "./find-program-mentions";
import { findTitleMentions } from "./find-title-mentions";
import { resolveOverlaps } from "./resolve-overlaps";

/**
 * Input: normalised text, gazetteer. Output: accepted mentions in text order.
 */
export function findMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const candidates = [
    ...findGazetteerMentions(text, gazetteer),
    ...findTitleMentions(text, gazetteer),
    ...findDocumentMentions(text, gazetteer),
    ...findProgramMentions(text, gazetteer),
    ...findOrgMentions(text, gazetteer),
  ];
  return resolveOverlaps(candidates);
}
