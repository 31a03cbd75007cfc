/** Turns one document's graph into the parameter rows of the write statements (pure; integers wrapped for Neo4j). */
import { createHash } from "node:crypto";
import type { GraphNode, GraphRelationship, RelationshipType } from "../../cypher/model";
import type { DocumentGraph } from "../model";
import { provenanceLists } from "../../cypher/fact-provenance";
import { toNeo4jValue } from "../../cypher/neo4j-params";

export type Row = Record<string, unknown>;

export interface DocumentRows {
  docId: string;
  /** sha256 of the extracted graph, kept on the Document node: an unchanged file whose extraction changed is reloaded. */
  extractionSha256: string;
  entities: Row[];
  /** Rows per relationship type, one per MERGE key, evidence of duplicates concatenated. */
  relationships: Map<RelationshipType, Row[]>;
  /** Every id a relationship starts or ends at. */
  endpointIds: string[];
}

/** The parallel lists of a fact (cypher/model.ts DatedFactProperties): entry i of each describes evidence[i]. */
export const FACT_KEYS = ["evidence", "evidenceDocIds", "evidenceStarts", "evidenceEnds", "extractedBy", "confidence"] as const;

/** Builds the rows for merge-entities and merge-<type>; one row per MERGE key so that a batch never creates twins. */
export function toDocumentRows(graph: DocumentGraph): DocumentRows {
  const extractionSha256 = extractionHash(graph);
  const entities = graph.nodes.map((node) => withExtractionHash(toEntityRow(node), graph.docId, extractionSha256));
  const grouped = new Map<string, { type: RelationshipType; row: Row }>();
  for (const relationship of graph.relationships) {
    const key = mergeKey(relationship);
    const row = toRelationshipRow(relationship, graph.docId);
    const previous = grouped.get(key);
    grouped.set(key, { type: relationship.type, row: previous === undefined ? row : combine(previous.row, row) });
  }
  const relationships = new Map<RelationshipType, Row[]>();
  for (const { type, row } of grouped.values()) {
    const rows = relationships.get(type) ?? [];
    rows.push(withFloatConfidence(toNeo4jValue(row) as Row, row));
    relationships.set(type, rows);
  }
  const endpointIds = [...new Set(graph.relationships.flatMap((r) => [r.start, r.end]))];
  return { docId: graph.docId, extractionSha256, entities: entities.map((row) => toNeo4jValue(row) as Row), relationships, endpointIds };
}

/**
 * The hash of what the extraction made of the document: its nodes and relationships, in their
 * (deterministic) order. The file's origin (where it was read from) is no part of it: the same file
 * copied to another folder is the same extraction.
 */
export function extractionHash(graph: DocumentGraph): string {
  const json = JSON.stringify({ nodes: graph.nodes, relationships: graph.relationships }, (key, value: unknown) => (key === "origin" ? undefined : value));
  return createHash("sha256").update(json).digest("hex");
}

function withExtractionHash(row: Row, docId: string, hash: string): Row {
  return row.id === docId ? { ...row, properties: { ...(row.properties as Row), extractionSha256: hash } } : row;
}

function toEntityRow(node: GraphNode): Row {
  const { aliases, ...properties } = node.properties as unknown as Record<string, unknown> & { aliases?: unknown };
  return {
    id: node.id,
    label: node.labels[0],
    aliases: Array.isArray(aliases) ? aliases : [],
    properties: withoutUndefined({ ...properties, id: node.id }),
  };
}

/** The MERGE key of DESIGN.md: OWNS and COLLABORATES by (start, end, year), HOLDS by (start, end, title), the rest by (start, end). */
export function mergeKey(relationship: GraphRelationship): string {
  const properties = relationship.properties as unknown as Record<string, unknown>;
  const base = `${relationship.type}\u0000${relationship.start}\u0000${relationship.end}`;
  switch (relationship.type) {
    case "OWNS":
    case "COLLABORATES":
      return `${base}\u0000${String(properties.year ?? "")}`;
    case "HOLDS":
      return `${base}\u0000${String(properties.title ?? "")}`;
    default:
      return base;
  }
}

function toRelationshipRow(relationship: GraphRelationship, docId: string): Row {
  const properties = relationship.properties as unknown as Record<string, unknown>;
  const row: Row = { start: relationship.start, end: relationship.end, docId };
  switch (relationship.type) {
    case "OWNS":
    case "COLLABORATES":
    case "HOLDS":
      row.year = properties.year ?? null;
      if (relationship.type === "HOLDS") row.title = properties.title ?? "";
      for (const key of FACT_KEYS) row[key] = Array.isArray(properties[key]) ? properties[key] : [];
      Object.assign(row, provenanceLists(properties.extractedBy, properties.confidence, (row.evidence as unknown[]).length));
      break;
    case "MENTIONS":
      row.count = typeof properties.count === "number" ? properties.count : 1;
      break;
    default:
      break;
  }
  return row;
}

function combine(a: Row, b: Row): Row {
  const merged: Row = { ...a };
  for (const key of FACT_KEYS) {
    if (Array.isArray(a[key]) && Array.isArray(b[key])) merged[key] = [...(a[key] as unknown[]), ...(b[key] as unknown[])];
  }
  if (typeof a.count === "number" && typeof b.count === "number") merged.count = a.count + b.count;
  if (typeof a.year === "number" && typeof b.year === "number") merged.year = Math.max(a.year, b.year);
  return merged;
}

/**
 * Confidence stays a list of FLOATs: toNeo4jValue would send 1 or 0 as an INTEGER, and Neo4j refuses to store
 * a list that mixes the two.
 */
function withFloatConfidence(wrapped: Row, raw: Row): Row {
  return Array.isArray(raw.confidence) ? { ...wrapped, confidence: raw.confidence } : wrapped;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));
}
