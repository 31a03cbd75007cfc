/** Turns API graphs into canvas attributes and loads them into a graph: replace (clear+import) or merge (expand). */
import type { ApiGraph } from "../../shared/api-types";
import type { CanvasEdgeAttributes, CanvasGraph, CanvasNodeAttributes } from "./graph-instance";
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

function edgeAttributes(edge: ApiEdge): CanvasEdgeAttributes {
  const a = edge.attributes;
  const year = typeof a.year === "number" ? a.year : typeof a.properties.year === "number" ? a.properties.year : undefined;
  return {
    relType: a.type,
    year,
    size: TYPE_SIZES[a.type],
    color: TYPE_COLORS[a.type],
    weight: TYPE_WEIGHTS[a.type],
    type: DATED.has(a.type) ? "arrow" : "line",
    properties: a.properties,
  };
}

/** Golden-angle spiral: deterministic, spread start positions that FA2 untangles quickly. */
function spiral(i: number, n: number): { x: number; y: number } {
  const r = Math.sqrt((i + 0.5) / Math.max(1, n)) * Math.sqrt(n) * 10;
  const t = i * 2.399963229728653;
  return { x: r * Math.cos(t), y: r * Math.sin(t) };
}

/** Sets each node's size from its degree (data, not styling: it is what the layout and the legend use). */
export function assignSizes(graph: CanvasGraph): void {
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, size: sizeForDegree(graph.degree(node)) }), {
    attributes: ["size"],
  });
}

/** Replaces the graph's content: clear() + import() into the same instance. */
export function replaceGraph(graph: CanvasGraph, api: ApiGraph): void {
  const n = api.nodes.length;
  const keys = new Set(api.nodes.map((node) => node.key));
  graph.clear();
  graph.import({
    attributes: {},
    nodes: api.nodes.map((node, i) => {
      const p = spiral(i, n);
      return { key: node.key, attributes: nodeAttributes(node, p.x, p.y) };
    }),
    edges: api.edges
      .filter((e) => keys.has(e.source) && keys.has(e.target))
      .map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: edgeAttributes(e) })),
  });
  assignSizes(graph);
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
