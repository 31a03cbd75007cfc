/** Builds graphology's serialised graph (ApiGraph) from plain nodes and relationships. */
import { isRelationshipType, NODE_LABELS, type NodeLabel } from "../../../cypher/model";
import type { ApiEdgeAttributes, ApiGraph, ApiNodeAttributes } from "../../shared/api-types";
import type { JsonObject, JsonValue, PlainNode, PlainRelationship } from "../json";

const NODE_CORE_KEYS = new Set(["id", "name", "nameEn", "aliases"]);

/** The model label of a node: the first of its labels that the model knows (Entity and others are skipped). */
export function modelLabel(labels: readonly string[]): NodeLabel | undefined {
  return NODE_LABELS.find((label) => labels.includes(label));
}

/** A node's ApiGraph attributes, or undefined when it has no model label. */
export function toNodeAttributes(labels: readonly string[], properties: JsonObject): ApiNodeAttributes | undefined {
  const label = modelLabel(labels);
  if (label === undefined) return undefined;
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) if (!NODE_CORE_KEYS.has(k)) rest[k] = v;
  const name = properties["name"];
  const nameEn = properties["nameEn"];
  const attributes: ApiNodeAttributes = {
    label,
    name: typeof name === "string" ? name : displayFallback(properties),
    aliases: stringList(properties["aliases"]),
    properties: rest,
  };
  if (typeof nameEn === "string" && nameEn.length > 0) attributes.nameEn = nameEn;
  return attributes;
}

/** A relationship's ApiGraph attributes, or undefined when its type is not in the model. */
export function toEdgeAttributes(type: string, properties: JsonObject): ApiEdgeAttributes | undefined {
  if (!isRelationshipType(type)) return undefined;
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) if (k !== "year") rest[k] = v;
  const attributes: ApiEdgeAttributes = { type, properties: rest };
  const year = properties["year"];
  if (typeof year === "number") attributes.year = year;
  return attributes;
}

/**
 * Serialises nodes and relationships as graphology's `SerializedGraph` (directed, multi, self loops).
 * Nodes without a model label are left out, and so are relationships whose ends are not in the graph.
 */
export function toApiGraph(nodes: Iterable<Pick<PlainNode, "key" | "labels" | "properties">>, relationships: Iterable<PlainRelationship>): ApiGraph {
  const graph: ApiGraph = { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
  const keys = new Set<string>();
  for (const node of nodes) {
    if (keys.has(node.key)) continue;
    const attributes = toNodeAttributes(node.labels, node.properties);
    if (attributes === undefined) continue;
    keys.add(node.key);
    graph.nodes.push({ key: node.key, attributes });
  }
  const edgeKeys = new Set<string>();
  for (const rel of relationships) {
    if (edgeKeys.has(rel.key) || !keys.has(rel.source) || !keys.has(rel.target)) continue;
    const attributes = toEdgeAttributes(rel.type, rel.properties);
    if (attributes === undefined) continue;
    edgeKeys.add(rel.key);
    graph.edges.push({ key: rel.key, source: rel.source, target: rel.target, attributes });
  }
  return graph;
}

export function stringList(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function displayFallback(properties: JsonObject): string {
  const title = properties["title"];
  const id = properties["id"];
  return typeof title === "string" ? title : typeof id === "string" ? id : "";
}
