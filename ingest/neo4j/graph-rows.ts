/** Turns documents' graphs into the parameter rows of the write statements (pure; integers wrapped for Neo4j). */
import { createHash } from "node:crypto";
import type { GraphNode, GraphRelationship, RelationshipType } from "../../cypher/model";
import type { DocumentGraph } from "../model";
import { provenanceLists } from "../../cypher/fact-provenance";
import { toNeo4jValue } from "../../cypher/neo4j-params";
import { KEY_SEPARATOR } from "../../cypher/fact-key";
import { factKey, isKeyedFactType, KEYED_FACT_TYPES, type KeyedFactType } from "./fact-keys";

export type Row = Record<string, unknown>;

/** The Document property listing the keys of its facts of each keyed type (its share is removed through them). */
export const FACT_KEY_LISTS: Record<KeyedFactType, string> = {
  OWNS: "ownsKeys",
  HOLDS: "holdsKeys",
  COLLABORATES: "collaboratesKeys",
  PART_OF: "partOfKeys",
  SUCCEEDED_BY: "succeededByKeys",
};


export interface BatchRows {
  /** The documents in the batch with the hash of their extracted graph (kept on the Document node). */
  documents: { docId: string; extractionSha256: string }[];
  /** One row per entity id; a later document's properties win, aliases are united in order. */
  entities: Row[];
  /** Rows per relationship type, one per MERGE key, evidence and docIds of every document concatenated in order. */
  relationships: Map<RelationshipType, Row[]>;
  /** Every id a relationship starts or ends at. */
  endpointIds: string[];
  /** Every Program the batch names (their years are recomputed with the facts). */
  programIds: string[];
}

/** The rows of one document (toBatchRows of it alone). */
export interface DocumentRows extends BatchRows {
  docId: string;
  extractionSha256: string;
}

/** The parallel lists of a fact (cypher/model.ts DatedFactProperties): entry i of each describes evidence[i]. */
export const FACT_KEYS = ["evidence", "evidenceDocIds", "evidenceStarts", "evidenceEnds", "extractedBy", "confidence"] as const;

export function toDocumentRows(graph: DocumentGraph): DocumentRows {
  const rows = toBatchRows([graph]);
  return { ...rows, docId: graph.docId, extractionSha256: rows.documents[0]?.extractionSha256 ?? extractionHash(graph) };
}

/**
 * Builds the rows for merge-entities and merge-<type> of several documents at once: one row per
 * MERGE key, so that a batch never creates twins and a fact stated by many documents is written once.
 * Applying the batch equals applying its documents one after another.
 */
export function toBatchRows(graphs: readonly DocumentGraph[], extractorSha256?: string): BatchRows {
  const documents: BatchRows["documents"] = [];
  const entities = new Map<string, Row>();
  const grouped = new Map<string, { type: RelationshipType; row: Row }>();
  const endpoints = new Set<string>();
  const programs = new Set<string>();
  for (const graph of graphs) {
    const extractionSha256 = extractionHash(graph);
    documents.push({ docId: graph.docId, extractionSha256 });
    const keyLists = factKeyLists(graph);
    for (const node of graph.nodes) {
      let row = toEntityRow(node);
      if (row.id === graph.docId) row = { ...row, properties: { ...(row.properties as Row), extractionSha256, ...(extractorSha256 === undefined ? {} : { extractorSha256 }), ...keyLists } };
      const previous = entities.get(node.id);
      entities.set(node.id, previous === undefined ? row : unite(previous, row));
      if (node.labels[0] === "Program") programs.add(node.id);
    }
    for (const relationship of graph.relationships) {
      const key = `${relationship.type}${KEY_SEPARATOR}${factKey(relationship)}`;
      const row = toRelationshipRow(relationship, graph.docId);
      const previous = grouped.get(key);
      grouped.set(key, { type: relationship.type, row: previous === undefined ? row : combine(previous.row, row, relationship.type) });
      endpoints.add(relationship.start);
      endpoints.add(relationship.end);
    }
  }
  const relationships = new Map<RelationshipType, Row[]>();
  for (const { type, row } of grouped.values()) {
    const rows = relationships.get(type) ?? [];
    rows.push(withFloatConfidence(toNeo4jValue(row) as Row, row));
    relationships.set(type, rows);
  }
  return {
    documents,
    entities: [...entities.values()].map((row) => toNeo4jValue(row) as Row),
    relationships,
    endpointIds: [...endpoints],
    programIds: [...programs],
  };
}

/**
 * The hash of what the extraction made of the document: its nodes and relationships, in their
 * (deterministic) order. The file's origin (where it was read from) is no part of it: the same file
 * copied to another folder is the same extraction.
 */
export function extractionHash(graph: DocumentGraph): string {
  const known = hashes.get(graph);
  if (known !== undefined) return known;
  const json = JSON.stringify({ nodes: graph.nodes, relationships: graph.relationships }, (key, value: unknown) => (key === "origin" ? undefined : value));
  const hash = createHash("sha256").update(json).digest("hex");
  hashes.set(graph, hash);
  return hash;
}

/** A graph is hashed once however often the loader asks (graphs are not changed after extraction). */
const hashes = new WeakMap<DocumentGraph, string>();

/** The keys of a document's OWNS/HOLDS/COLLABORATES/PART_OF/SUCCEEDED_BY, as the Document properties of FACT_KEY_LISTS. */
function factKeyLists(graph: DocumentGraph): Record<string, string[]> {
  const lists: Record<string, Set<string>> = {};
  for (const type of KEYED_FACT_TYPES) lists[FACT_KEY_LISTS[type]] = new Set();
  for (const relationship of graph.relationships) {
    if (isKeyedFactType(relationship.type)) lists[FACT_KEY_LISTS[relationship.type]]?.add(factKey(relationship));
  }
  return Object.fromEntries(Object.entries(lists).map(([name, keys]) => [name, [...keys]]));
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

/** Two rows of one entity: what merge-entities makes of them one after the other (properties overwritten, aliases united). */
function unite(first: Row, second: Row): Row {
  const aliases = [...(first.aliases as unknown[])];
  for (const alias of second.aliases as unknown[]) if (!aliases.includes(alias)) aliases.push(alias);
  return { ...second, aliases, properties: { ...(first.properties as Row), ...(second.properties as Row) } };
}

function toRelationshipRow(relationship: GraphRelationship, docId: string): Row {
  const properties = relationship.properties as unknown as Record<string, unknown>;
  const row: Row = { start: relationship.start, end: relationship.end, docIds: [docId] };
  if (isKeyedFactType(relationship.type)) row.key = factKey(relationship);
  switch (relationship.type) {
    case "OWNS":
    case "COLLABORATES":
    case "HOLDS":
      row.year = properties.year ?? null;
      if (relationship.type === "HOLDS") row.title = properties.title ?? "";
      for (const key of FACT_KEYS) row[key] = Array.isArray(properties[key]) ? properties[key] : [];
      Object.assign(row, provenanceLists(properties.extractedBy, properties.confidence, (row.evidence as unknown[]).length));
      break;
    case "SUCCEEDED_BY":
      row.year = properties.year ?? null;
      row.kind = properties.kind ?? null;
      row.evidence = Array.isArray(properties.evidence) ? properties.evidence : [];
      break;
    case "MENTIONS":
      row.count = typeof properties.count === "number" ? properties.count : 1;
      break;
    default:
      break;
  }
  return row;
}

/** Two rows of one MERGE key: evidence lists concatenated, documents listed once each, counts added, the later year kept. */
function combine(a: Row, b: Row, type: RelationshipType): Row {
  const merged: Row = { ...a };
  // A succession's evidence is the gazetteer's source, the same from every document: not a list to concatenate.
  for (const key of type === "SUCCEEDED_BY" ? [] : FACT_KEYS) {
    if (Array.isArray(a[key]) && Array.isArray(b[key])) merged[key] = [...(a[key] as unknown[]), ...(b[key] as unknown[])];
  }
  const docIds = a.docIds as string[];
  merged.docIds = [...docIds, ...(b.docIds as string[]).filter((id) => !docIds.includes(id))];
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
