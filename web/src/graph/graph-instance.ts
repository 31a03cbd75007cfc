/** The app's one graphology instance (STYLE.md): new data goes in with clear() + import(), never a new Graph. */
import Graph from "graphology";
import type { NodeLabel, RelationshipType } from "../../../cypher/model";

/** Node attributes on the canvas graph. `label` is sigma's display text; the entity label is `entity`. */
export interface CanvasNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entity: NodeLabel;
  name: string;
  nameEn?: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

/** Edge attributes; the relationship type is `relType` because sigma reads `type` as its edge program. */
export interface CanvasEdgeAttributes {
  relType: RelationshipType;
  year?: number;
  size: number;
  color: string;
  weight: number;
  /** Sigma's edge program: "thin" (1 px GL lines, two vertices instead of six) is for large graphs. */
  type: "line" | "arrow" | "thin";
  properties: Record<string, unknown>;
}

export type CanvasGraph = Graph<CanvasNodeAttributes, CanvasEdgeAttributes>;

/** Creates a canvas graph (the main instance, and the console's result graph). */
export function createCanvasGraph(): CanvasGraph {
  return new Graph<CanvasNodeAttributes, CanvasEdgeAttributes>({ type: "directed", multi: true, allowSelfLoops: true });
}

/** The main canvas graph, alive for the whole session. */
export const mainGraph: CanvasGraph = createCanvasGraph();
