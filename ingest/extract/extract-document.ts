/** The extraction entry point: one normalised document → its DocumentGraph. Composes the stages in order. */
import type { Gazetteer } from "../gazetteer/load-gazetteer";
import type { DocumentGraph, NormalisedText } from "../model";
import { assignSubjects } from "./facts/assign-subjects";
import { documentSubject, ownVoiceEnd, withDocumentSubject } from "./facts/document-subject";
import type { EntityRef, Mention } from "./extraction-types";
import { extractCollaborations } from "./facts/extract-collaborations";
import { extractOwns } from "./facts/extract-owns";
import { findMentions } from "./mentions/find-mentions";
import { findMinistryPrefixes } from "./mentions/find-ministry-prefixes";
import { findPosts } from "./facts/find-posts";
import { findRegionMentions } from "./mentions/find-region-mentions";
import { nameInForce } from "./mentions/name-in-force";
import { mentionAllOccurrences } from "./mentions/mention-all-occurrences";
import { readDocumentMeta } from "./document/read-document-meta";
import { resolveEntities } from "./graph/resolve-entities";
import { splitSections } from "./document/split-sections";
import { splitSentences } from "./document/split-sentences";
import { withSpeakerSubjects } from "./facts/speaker-subject";
import { withDocumentsAsSubjects } from "./facts/document-as-subject";
import { toGraphBatch } from "./graph/to-graph-batch";

/** The ministry a document speaks of: its owner if a ministry, else the ministry (not the State Council) it names most, else the home ministry. */
function contextMinistry(owner: EntityRef | undefined, mentions: Mention[], gazetteer: Gazetteer): EntityRef | undefined {
  if (owner?.label === "Ministry") return owner;
  const counts = new Map<string, { ref: EntityRef; n: number }>();
  for (const m of mentions) {
    if (m.entity.label !== "Ministry" || gazetteer.byKey.get(`Ministry:${m.entity.name}`)?.kind === "state-council") continue;
    const seen = counts.get(m.entity.name) ?? { ref: m.entity, n: 0 };
    counts.set(m.entity.name, { ref: seen.ref, n: seen.n + 1 });
  }
  const home = gazetteer.lexicon.homeMinistry;
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.ref ?? (home ? { label: "Ministry", name: home } : undefined);
}

/** Region names fill the gaps between accepted mentions, for use as collaboration partners only. */
function withRegions(mentions: Mention[], regions: Mention[]): Mention[] {
  // Characters covered by a mention: each region's test costs its own length, not a scan of all mentions.
  const covered = new Uint8Array(Math.max(0, ...mentions.map((m) => m.end), ...regions.map((r) => r.end)));
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const free = regions.filter((r) => !covered.subarray(r.start, r.end).includes(1));
  return [...mentions, ...free].sort((a, b) => a.start - b.start);
}

/**
 * Input: a decoded, simplified, half-width text and the gazetteer. Output: the document node,
 * the entities it mentions, and the OWNS / HOLDS / COLLABORATES facts it states, with evidence.
 * Pure and deterministic.
 */
export function extractDocument(doc: NormalisedText, gazetteer: Gazetteer): DocumentGraph {
  const meta = readDocumentMeta(doc.text, gazetteer);
  const found = nameInForce(doc.text, findMentions(doc.text, gazetteer), meta.year, gazetteer);
  const sections = splitSections(doc.text, meta, found, gazetteer);
  const subjects = assignSubjects(doc.text, splitSentences(sections, meta, gazetteer), found, gazetteer);
  const owned = withDocumentSubject(subjects, documentSubject(meta.kind, found, gazetteer), ownVoiceEnd(doc.text));
  const { posts, people } = findPosts(doc.text, owned, found, gazetteer, contextMinistry(meta.owner, found, gazetteer));
  const spoken = withSpeakerSubjects(doc.text, owned, posts, gazetteer.lexicon.speechVerbs);
  const sentences = withDocumentsAsSubjects(doc.text, spoken, found, gazetteer);
  const discovered = found.filter((m) => m.source !== "gazetteer" && m.entity.label !== "Document");
  const mentions = mentionAllOccurrences(doc.text, [...found, ...people], [...people, ...discovered]);
  const facts = [...extractOwns(sentences, mentions, gazetteer), ...extractCollaborations(doc.text, sentences, withRegions(mentions, findRegionMentions(doc.text, gazetteer)), gazetteer)];
  const refs = [...facts.flatMap((f) => [f.from, f.to]), ...posts.map((p) => p.org)];
  const entities = resolveEntities([...mentions, ...findMinistryPrefixes(mentions, gazetteer)], gazetteer, refs);
  return toGraphBatch({ doc, meta, entities, posts, facts }, gazetteer);
}
