/** The HTTP API's response shapes, shared by web/server (producer) and web/src (consumer). */
import type { ExtractionMethod, NodeLabel, RelationshipType, ReviewableType, ReviewStatus, SuccessionKind } from "../../cypher/model";

/** Attributes of a node in graphology's serialised format as the API sends it. */
export interface ApiNodeAttributes {
  label: NodeLabel;
  name: string;
  nameEn?: string;
  aliases: string[];
  /** Any other stored property (kind, category, firstYear, file, date …), primitives or lists of them. */
  properties: Record<string, unknown>;
}

export interface ApiEdgeAttributes {
  type: RelationshipType;
  year?: number;
  properties: Record<string, unknown>;
}

/** graphology's `SerializedGraph`, narrowed to our attributes. */
export interface ApiGraph {
  attributes: Record<string, unknown>;
  options: { type: "directed"; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: ApiNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: ApiEdgeAttributes }[];
}

export interface ApiError {
  error: { code: string; message: string };
}

export interface HealthResponse {
  ok: boolean;
  neo4j: { reachable: boolean; version?: string; edition?: string; message?: string };
  counts?: { nodes: number; relationships: number; byLabel: Record<string, number>; byType: Record<string, number> };
  /** With a 503: the same answer in the shape of every other API error. */
  error?: { code: string; message: string };
}

/** GET /api/version: the data version of the loaded documents (a shared link carries it as `v`). */
export interface DataVersionResponse {
  /** 12 hex digits of sha256 over the sorted (document id, file and extraction hashes) of the source documents. */
  dataVersion: string;
  /** Source documents loaded. */
  documents: number;
  /** Whether the version is on record, so that a later version can say what changed since (false: the write failed). */
  recorded: boolean;
}

/** A source document named in a data change. */
export interface DocumentRef {
  id: string;
  title: string;
}

/** GET /api/versions/:id/changes: the source documents added, removed and changed from a link's version to now. */
export interface DataChangesResponse {
  from: string;
  to: string;
  added: DocumentRef[];
  removed: DocumentRef[];
  changed: DocumentRef[];
}

export interface SearchHit {
  id: string;
  label: NodeLabel;
  name: string;
  nameEn?: string;
  aliases: string[];
  /** The name, alias, pinyin or English form that matched. */
  matched: string;
}

export interface SearchResponse {
  query: string;
  results: SearchHit[];
}

export interface NodeResponse {
  node: { id: string; label: NodeLabel; name: string; nameEn?: string; aliases: string[]; properties: Record<string, unknown> };
}

/** One evidence sentence, the document it came from, and how the extraction read it (left out when unknown). */
export interface EvidenceItem {
  text: string;
  docId: string;
  docTitle?: string;
  /** How the sentence was read as this fact (cypher/model.ts EXTRACTION_METHODS). */
  method?: ExtractionMethod;
  /** The extraction's confidence in it, 0–1. */
  confidence?: number;
  /** Where the sentence stands in its document's normalised text (characters, end exclusive), when known. */
  start?: number;
  end?: number;
  /** What a citation names of the document, when it is known. */
  docIssuer?: string;
  docDate?: string;
  docNumber?: string;
}

/** A body that came before or after another in a reorganisation: the year and kind of the step that joins it. */
export interface LineageItem {
  id: string;
  name: string;
  year: number;
  kind: SuccessionKind;
}

/** Who owned a grid cell: the node itself or, with ?include=predecessors, a predecessor. */
export interface CellOwner {
  id: string;
  name: string;
}

export interface DrillDownResponse {
  node: NodeResponse["node"];
  years: number[];
  /** Predecessors and successors (SUCCEEDED_BY), transitive, nearest first. */
  lineage: { predecessors: LineageItem[]; successors: LineageItem[] };
  /**
   * Programs owned, with one cell per year that has an OWNS fact; with ?include=predecessors also the
   * predecessors' programs, each cell naming who owned it (`ownedBy`).
   */
  programs: { id: string; name: string; nameEn?: string; cells: { year: number; count: number; evidence: EvidenceItem[]; ownedBy?: CellOwner[] }[] }[];
  people: { id: string; name: string; title: string; year?: number; evidence: EvidenceItem[] }[];
  /** `facts`: each COLLABORATES (one per year) with its direction, which names it for a review. */
  collaborators: { id: string; name: string; label: NodeLabel; years: number[]; evidence: EvidenceItem[]; facts?: { start: string; end: string; year: number | null }[] }[];
  documents: { id: string; name: string; date?: string; year?: number; count: number }[];
  /** For programs: which departments owned it in which years (evidence: the sentences saying so). */
  owners: { id: string; name: string; label: NodeLabel; years: number[]; evidence?: EvidenceItem[] }[];
  /** For people: the posts they hold (HOLDS out of the node). */
  posts?: { id: string; name: string; label: NodeLabel; title: string; year?: number; evidence: EvidenceItem[] }[];
  /** PART_OF out of the node: the ministry of a bureau, the program a program belongs to. */
  partOf?: { id: string; name: string; label: NodeLabel }[];
  /** PART_OF into the node: a ministry's bureaus, a program's sub-programs. */
  parts?: { id: string; name: string; label: NodeLabel }[];
}

/** One program (or, for a program, one owner) of a diff, with the sentences of the compared years. */
export interface PortfolioDiffItem {
  id: string;
  name: string;
  evidence: { sentence: string; docId: string; year: number }[];
}

/** GET /api/bureaus/:id/diff?from=YYYY&to=YYYY. */
export interface PortfolioDiffResponse {
  from: number;
  to: number;
  added: PortfolioDiffItem[];
  removed: PortfolioDiffItem[];
  kept: PortfolioDiffItem[];
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

export interface CypherResponse {
  columns: string[];
  /** Values converted to JSON (Integer → number, nodes/relationships → {id,label/type,…}). */
  rows: unknown[][];
  graph: ApiGraph;
  truncated: boolean;
  /** What stopped the reading when `truncated`: the row limit or the response's byte budget. */
  truncatedBy?: "rows" | "bytes";
  elapsedMs: number;
}

export interface SchemaResponse {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface YearHistogramResponse {
  years: { year: number; count: number; byType: Record<string, number> }[];
}

/** GET /api/examples: the cookbook of example queries (cypher/examples/*.cypher) for the console. */
export interface ExamplesResponse {
  examples: { name: string; title: string; query: string }[];
}

/** A review of a fact as the API stores and exports it (`factKey`: cypher/fact-key.ts of type, start, end, year/title). */
export interface FactReview {
  id: string;
  type: ReviewableType;
  factKey: string;
  start: string;
  end: string;
  year: number | null;
  title: string | null;
  status: ReviewStatus;
  note: string;
  sentence: string | null;
  docId: string | null;
  updatedAt: string;
}

/** GET /api/reviews: every review, in the file format POST /api/reviews/import takes back. */
export interface ReviewFile {
  format: "miit-graph-reviews";
  version: 1;
  exportedAt: string;
  reviews: FactReview[];
}

/** One hop of a path: every fact of one type and direction between two neighbouring nodes of the path. */
export interface PathStep {
  from: string;
  to: string;
  type: Extract<RelationshipType, "OWNS" | "HOLDS" | "COLLABORATES" | "PART_OF">;
  /** "forward": the relationships point from `from` to `to`; "backward": the other way. */
  direction: "forward" | "backward";
  /** The year when all the hop's facts carry the same one; `years` lists every year (one fact per year). */
  year?: number;
  years: number[];
  /** HOLDS: the post titles. */
  titles?: string[];
  /** Keys of the relationships on this hop (the edge keys of ApiGraph). */
  relationships: string[];
  evidence: EvidenceItem[];
}

export interface PathNode {
  id: string;
  name: string;
  nameEn?: string;
  label: NodeLabel;
}

/** GET /api/paths?from=&to=&max=: all shortest paths over the fact relationships, at most `max` hops long. */
export interface PathsResponse {
  from: string;
  to: string;
  max: number;
  paths: { nodes: PathNode[]; steps: PathStep[] }[];
  /** More paths than the API lists (or more raw paths than it reads) exist. */
  truncated: boolean;
  /** The paths' nodes and relationships, to draw in the canvas (merged like a neighbourhood). */
  graph: ApiGraph;
}
