/** Finds the entity mentions of a document: gazetteer names plus names discovered by pattern, overlaps resolved. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { findGazetteerMentions } from "./find-gazetteer-mentions";
import { findDocumentMentions } from "./find-document-mentions";
import { findElidedPrograms } from "./find-elided-programs";
import { findOrgMentions } from "./find-org-mentions";
import { findProgramMentions } from "./find-program-mentions";
import { findTitleMentions } from "./find-title-mentions";
import { dropProgramsInNames } from "./drop-programs-in-names";
import { resolveOverlaps } from "./resolve-overlaps";

const JOINTS = /[和与及]/;
/** A discovered name may add at most this many characters before a known name it ends with. */
const MAX_EXTRA_PREFIX = 2;

/**
 * A discovered program name that only adds a word or a coordinated part before a known name
 * ("提升新型工业化示范基地", "国家和省级新型工业化产业示范基地") yields to the known name.
 */
function dropWeakDiscoveries(candidates: Mention[]): Mention[] {
  // Known program names by where they end: one lookup per discovery, not a scan of the document's names.
  const knownEndingAt = new Map<number, Mention[]>();
  for (const m of candidates) {
    if (m.source !== "gazetteer" || m.entity.label !== "Program") continue;
    const list = knownEndingAt.get(m.end);
    if (list) list.push(m);
    else knownEndingAt.set(m.end, [m]);
  }
  return candidates.filter((m) => {
    if (m.source !== "suffix" || m.entity.label !== "Program") return true;
    const inner = knownEndingAt.get(m.end)?.find((k) => k.start > m.start);
    if (!inner) return true;
    const extra = m.surface.slice(0, inner.start - m.start);
    return extra.length > MAX_EXTRA_PREFIX && !JOINTS.test(extra);
  });
}

/**
 * Input: normalised text, gazetteer. Output: accepted mentions in text order — gazetteer names
 * (also with an elided shared ending), cited titles, documents after issuing verbs, discovered
 * programs and organisations — the longest winning where they overlap.
 */
export function findMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const known = findGazetteerMentions(text, gazetteer);
  const candidates = [
    ...known,
    ...findElidedPrograms(text, known, gazetteer),
    ...findTitleMentions(text, gazetteer),
    ...findDocumentMentions(text, gazetteer),
    ...findProgramMentions(text, gazetteer),
    ...findOrgMentions(text, gazetteer),
  ];
  return resolveOverlaps(dropWeakDiscoveries(dropProgramsInNames(candidates, text, gazetteer)));
}
