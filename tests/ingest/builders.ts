/** Builders for ingest tests: normalised documents, the bundled gazetteer, graph JSON. */
import type { GraphJson, GraphNode, GraphRelationship } from "../../cypher/model";
import { loadGazetteer } from "../../ingest/gazetteer/load-gazetteer";
import type { Gazetteer } from "../../ingest/gazetteer/load-gazetteer";
import type { DocumentGraph, NormalisedText } from "../../ingest/model";

let bundled: Gazetteer | undefined;

/** The bundled gazetteer, loaded once per test file. */
export function testGazetteer(): Gazetteer {
  bundled ??= loadGazetteer();
  return bundled;
}

/** A normalised document whose text is `text` (already simplified and half-width). */
export function aNormalisedText(text: string, overrides: Partial<NormalisedText> = {}): NormalisedText {
  const file = overrides.file ?? "100_test.txt";
  return {
    file,
    docId: `doc:${file.replace(/\.[^.]+$/, "")}`,
    sha256: "0".repeat(64),
    text,
    originalOffsets: [...text].map((_, i) => i),
    ...overrides,
  };
}

/** A document graph with the given nodes and relationships. */
export function aDocumentGraph(docId: string, nodes: GraphNode[], relationships: GraphRelationship[]): DocumentGraph {
  return { docId, file: `${docId.slice(4)}.txt`, sha256: "0".repeat(64), nodes, relationships };
}

/** A node with minimal properties. */
export function aNode(id: string, label: GraphNode["labels"][0], aliases: string[] = []): GraphNode {
  const name = id.slice(id.indexOf(":") + 1);
  return { id, labels: [label], properties: { id, name, aliases } } as GraphNode;
}

/** Relationships of one type in a graph, as "start→end@year". */
export function edges(graph: GraphJson, type: string): string[] {
  return graph.relationships
    .filter((r) => r.type === type)
    .map((r) => `${r.start}→${r.end}${(r.properties as { year?: number }).year === undefined ? "" : `@${(r.properties as { year?: number }).year}`}`);
}

/** Names of the entities a document MENTIONS. */
export function mentionedIds(graph: GraphJson, docId: string): string[] {
  return graph.relationships.filter((r) => r.type === "MENTIONS" && r.start === docId).map((r) => r.end);
}
