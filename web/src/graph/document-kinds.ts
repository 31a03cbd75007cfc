/** Documents by genre (`Document.kind`) on the canvas: the genre filter's rows and what the visibility hides. */
import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from "../../../cypher/model";
import type { CanvasGraph, CanvasNodeAttributes } from "./graph-instance";

/** A node's genre: the `kind` of a Document when it is one of the model's, else undefined (cited titles have none). */
export function documentKindOf(node: Pick<CanvasNodeAttributes, "entity" | "properties">): DocumentKind | undefined {
  if (node.entity !== "Document") return undefined;
  const kind = node.properties.kind;
  return isDocumentKind(kind) ? kind : undefined;
}

/** How many documents of each genre the graph holds (genres without any are left out). */
export function countDocumentKinds(graph: CanvasGraph): ReadonlyMap<DocumentKind, number> {
  const counts = new Map<DocumentKind, number>();
  graph.forEachNode((_node, attributes) => {
    const kind = documentKindOf(attributes);
    if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  });
  return counts;
}

export interface KindRow {
  kind: DocumentKind;
  count: number;
}

/**
 * The genre filter's rows in the model's order: the genres present in the graph, and also any hidden one that
 * is not (from a link made on other data), so that every hidden genre can be shown again.
 */
export function kindRows(counts: ReadonlyMap<DocumentKind, number>, hidden: readonly DocumentKind[]): KindRow[] {
  return DOCUMENT_KINDS.filter((kind) => counts.has(kind) || hidden.includes(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}
