/** The graph model: labels, relationship types and their properties, shared by ingest, API and web. */

export const NODE_LABELS = ["Ministry", "Bureau", "Organization", "Program", "Person", "Document"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  "PART_OF",
  "OWNS",
  "HOLDS",
  "COLLABORATES",
  "MENTIONS",
  "CITES",
  "ISSUED_BY",
  "SUCCEEDED_BY",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationship types that carry a `year` and so take part in the time axis. */
export const DATED_RELATIONSHIP_TYPES = ["OWNS", "HOLDS", "COLLABORATES"] as const satisfies readonly RelationshipType[];

/** Labels that can own a program, hold a post's org end, or collaborate. */
export const ORG_LABELS = ["Ministry", "Bureau", "Organization"] as const satisfies readonly NodeLabel[];
export type OrgLabel = (typeof ORG_LABELS)[number];

/** Id prefix per label: ids are `<prefix>:<canonical name>` (documents: `doc:<file stem>`). */
export const ID_PREFIX: Record<NodeLabel, string> = {
  Ministry: "ministry",
  Bureau: "bureau",
  Organization: "org",
  Program: "program",
  Person: "person",
  Document: "doc",
};

export interface BaseNodeProperties {
  id: string;
  name: string;
  aliases: string[];
  nameEn?: string;
}

export interface OrgProperties extends BaseNodeProperties {
  kind?: string;
}

export interface ProgramProperties extends BaseNodeProperties {
  category?: string;
  firstYear?: number;
  lastYear?: number;
}

/** The genre of an ingested document (`Document.kind`), read from its title, opening and cues. */
export const DOCUMENT_KINDS = [
  "work-conference-report",
  "speech",
  "bureau-review",
  "interview",
  "press-conference",
  "notice",
  "joint-notice",
  "proposal-reply",
  "personnel-news",
  "provincial",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A source document carries file and hash; a cited document only its title (as name). */
export interface DocumentProperties extends BaseNodeProperties {
  file?: string;
  sha256?: string;
  /** sha256 of the ingested file's absolute path (not the path itself, which can say too much about its owner). */
  origin?: string;
  title?: string;
  date?: string;
  year?: number;
  issuer?: string;
  docNumber?: string;
  /** true for documents that were ingested, false for titles only cited. */
  source?: boolean;
  /** The genre of an ingested document. */
  kind?: DocumentKind;
  /** true when the page has no title line and `title` was made from its opening. */
  titleDerived?: boolean;
  /** sha256 of the document's extracted graph: a re-ingest of an unchanged file reloads it when the extraction changed. */
  extractionSha256?: string;
}

export type PersonProperties = BaseNodeProperties;

export interface NodePropertiesByLabel {
  Ministry: OrgProperties;
  Bureau: OrgProperties;
  Organization: OrgProperties;
  Program: ProgramProperties;
  Person: PersonProperties;
  Document: DocumentProperties;
}

export type NodeProperties = NodePropertiesByLabel[NodeLabel];

/**
 * A data version a shared link carries (label DataVersion, not a NodeLabel: it is no part of the graph): `id` is
 * the short hash of the source documents' (id, content) pairs; `documents`, `titles` and `shas` are parallel lists
 * of those documents, kept so that a later version can say what changed since; `at` is when it was first seen.
 */
export interface DataVersionProperties {
  id: string;
  documents: string[];
  titles: string[];
  shas: string[];
  at: string;
}

/** An evidence sentence with where it stands in its document (character offsets into the normalised text). */
export interface EvidenceSpan {
  docId: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Facts keep their evidence as parallel lists (Neo4j stores only lists of primitives):
 * `evidence[i]` is a sentence of document `evidenceDocIds[i]` at characters
 * `evidenceStarts[i]`..`evidenceEnds[i]` of its normalised text. `docIds` lists each
 * supporting document once, so that re-ingesting one document can remove its share.
 */
export interface DatedFactProperties {
  year?: number;
  evidence: string[];
  evidenceDocIds: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  /** How `evidence[i]` was read as this fact (one of EXTRACTION_METHODS). */
  extractedBy: string[];
  /** The extraction's confidence in `evidence[i]`, 0–1 (see EXTRACTION_CONFIDENCE). */
  confidence: number[];
  docIds: string[];
}

/**
 * How a fact was found, from the strongest reading to the weakest: the sentence names its own
 * subject; it joins a subject named with it; it continues the previous sentence's subject (topic
 * chain); its section belongs to an org (heading, byline, speaker); the document speaks for an
 * org (its genre and opening); a post written next to a name; an appointment sentence.
 */
export const EXTRACTION_METHODS = [
  "explicit-subject",
  "co-subject",
  "topic-chain",
  "section-owner",
  "item-owner",
  "document-subject",
  "post-pattern",
  "appointment",
  "collaboration-cue",
] as const;
export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number];

/**
 * The confidence each method earns: its precision as `npm run eval` measures it (the dev set's real
 * texts first, the bundled corpus where the dev set has too few), rounded down to 0.05. Measured
 * 2026-12-03, dev set (corpus): explicit-subject 12/13 (35/38), co-subject – (0/2), topic-chain 6/6 (–),
 * section-owner 17/27 (212/264), item-owner 7/7 (–), document-subject 29/39 (131/143), post-pattern
 * 54/55 (42/42), appointment 5/7 (–), collaboration-cue 11/11 (41/41). Small samples are held below
 * the explicit reading.
 */
export const EXTRACTION_CONFIDENCE: Record<ExtractionMethod, number> = {
  "explicit-subject": 0.9,
  "co-subject": 0.5,
  "topic-chain": 0.8,
  "section-owner": 0.7,
  "item-owner": 0.85,
  "document-subject": 0.75,
  "post-pattern": 0.95,
  "appointment": 0.7,
  "collaboration-cue": 0.9,
};

export interface OwnsProperties extends DatedFactProperties {
  count: number;
}

export interface HoldsProperties extends DatedFactProperties {
  title: string;
}

export type CollaboratesProperties = DatedFactProperties;

export interface MentionsProperties {
  count: number;
}

export type EmptyProperties = Record<string, never>;

/**
 * An analyst's review of a fact (a :Review node, apart from the extracted graph, found by the fact's type and key):
 * confirmed, rejected (hidden by default), or a fact the extraction missed, added with its sentence.
 */
export const REVIEW_STATUSES = ["confirmed", "rejected", "added"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEWABLE_TYPES = ["OWNS", "HOLDS", "COLLABORATES"] as const satisfies readonly RelationshipType[];
export type ReviewableType = (typeof REVIEWABLE_TYPES)[number];

/** How a body became another in a reorganisation. */
export const SUCCESSION_KINDS = ["renamed", "merged", "split"] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/** (a)-[:SUCCEEDED_BY]->(b): a became (or went into) b in `year`; evidence: the source that says so (the gazetteer's). */
export interface SucceededByProperties {
  year: number;
  kind: SuccessionKind;
  evidence: string[];
}

export interface RelationshipPropertiesByType {
  PART_OF: EmptyProperties;
  OWNS: OwnsProperties;
  HOLDS: HoldsProperties;
  COLLABORATES: CollaboratesProperties;
  MENTIONS: MentionsProperties;
  CITES: EmptyProperties;
  ISSUED_BY: EmptyProperties;
  SUCCEEDED_BY: SucceededByProperties;
}

export interface GraphNode<L extends NodeLabel = NodeLabel> {
  id: string;
  labels: [L];
  properties: NodePropertiesByLabel[L];
}

export interface GraphRelationship<T extends RelationshipType = RelationshipType> {
  type: T;
  start: string;
  end: string;
  properties: RelationshipPropertiesByType[T];
}

/** The graph JSON contract of DESIGN.md (`--out`), also what the loader writes. */
export interface GraphJson {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** Builds the stable id of an entity from its label and canonical name. */
export function nodeId(label: NodeLabel, canonicalName: string): string {
  return `${ID_PREFIX[label]}:${canonicalName}`;
}

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** Whether a value (a stored property, a URL parameter) is one of the model's document genres. */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
