/** Turns API graphs into canvas attributes and loads them into a graph: replace (clear+import) or merge (expand). */
import type { ApiGraph } from "../../shared/api-types";
import type { CanvasEdgeAttributes, CanvasGraph, CanvasNodeAttributes } from "./graph-instance";
import { LARGE_GRAPH_EDGES, THIN_EDGE_PROGRAM } from "./large-graph";
import { LABEL_COLORS, TYPE_COLORS, TYPE_SIZES, TYPE_WEIGHTS, sizeForDegree } from "./styles";

type ApiNode = ApiGraph["nodes"][number];
type ApiEdge = ApiGraph["edges"][number];

function nodeAttributes(node: ApiNode, x: number, y: number): CanvasNodeAttributes {
  const a = node.attributes;
  return {
    x,
    y,
    size: 4,
    color: LABEL_COLORS[a.label],
    label: a.name,
    entity: a.label,
    name: a.name,
    nameEn: typeof a.nameEn === "string" && a.nameEn.length > 0 ? a.nameEn : undefined,
    aliases: a.aliases.filter((s): s is string => typeof s === "string"),
    properties: a.properties,
  };
}

const DATED = new Set(["OWNS", "HOLDS", "COLLABORATES"]);

/** Arrow heads double the drawing cost: large graphs get thin lines, without width or heads. */
function edgeAttributes(edge: ApiEdge, large = false): CanvasEdgeAttributes {
  const a = edge.attributes;
  const year = typeof a.year === "number" ? a.year : typeof a.properties.year === "number" ? a.properties.year : undefined;
  return {
    relType: a.type,
    year,
    size: TYPE_SIZES[a.type],
    color: TYPE_COLORS[a.type],
    weight: TYPE_WEIGHTS[a.type],
    type: large ? THIN_EDGE_PROGRAM : DATED.has(a.type) ? "arrow" : "line",
    properties: a.properties,
  };
}

/** Golden-angle spiral: deterministic, spread start positions that FA2 untangles quickly. */
function spiral(i: number, n: number): { x: number; y: number } {
  const r = Math.sqrt((i + 0.5) / Math.max(1, n)) * Math.sqrt(n) * 10;
  const t = i * 2.399963229728653;
  return { x: r * Math.cos(t), y: r * Math.sin(t) };
}

/** Weighted degree (MENTIONS count little: documents mention everything) of every node key. */
function weightedDegrees(edges: readonly { source: string; target: string; attributes: { relType: keyof typeof TYPE_WEIGHTS } }[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const e of edges) {
    const w = TYPE_WEIGHTS[e.attributes.relType] >= 0.5 ? 1 : 0.15;
    degrees.set(e.source, (degrees.get(e.source) ?? 0) + w);
    degrees.set(e.target, (degrees.get(e.target) ?? 0) + w);
  }
  return degrees;
}

/**
 * Sets each node's size from its weighted degree (data, not styling: the layout uses it too).
 * No update hints: sigma must re-index, since nodes may have just been added.
 */
export function assignSizes(graph: CanvasGraph): void {
  const edges = graph.mapEdges((_e, attributes, source, target) => ({ source, target, attributes }));
  const degrees = weightedDegrees(edges);
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, size: sizeForDegree(degrees.get(node) ?? 0) }));
}

/** Replaces the graph's content: clear() + import() into the same instance, sizes computed before import. */
export function replaceGraph(graph: CanvasGraph, api: ApiGraph): void {
  const n = api.nodes.length;
  const keys = new Set(api.nodes.map((node) => node.key));
  const edges = api.edges
    .filter((e) => keys.has(e.source) && keys.has(e.target))
    .map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: edgeAttributes(e, api.edges.length > LARGE_GRAPH_EDGES) }));
  const degrees = weightedDegrees(edges);
  graph.clear();
  graph.import({
    attributes: {},
    nodes: api.nodes.map((node, i) => {
      const p = spiral(i, n);
      const attributes = nodeAttributes(node, p.x, p.y);
      attributes.size = sizeForDegree(degrees.get(node.key) ?? 0);
      return { key: node.key, attributes };
    }),
    edges,
  });
}

/** Merges a neighbourhood into the graph; new nodes start in a ring around `around`. Returns the added node keys. */
export function mergeGraph(graph: CanvasGraph, api: ApiGraph, around?: string): string[] {
  const added: string[] = [];
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : { x: 0, y: 0 };
  const fresh = api.nodes.filter((node) => !graph.hasNode(node.key));
  fresh.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    const r = 8 + fresh.length * 0.6;
    graph.addNode(node.key, nodeAttributes(node, centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle)));
    added.push(node.key);
  });
  for (const e of api.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.key)) continue;
    graph.addEdgeWithKey(e.key, e.source, e.target, edgeAttributes(e));
  }
  assignSizes(graph);
  return added;
}
