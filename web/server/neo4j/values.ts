/** Converts driver values to JSON (Integer → number, Node/Relationship/Path → plain objects, temporal → string) and JSON params to driver values. */
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { NODE_LABELS } from "../../../cypher/model";
import { isPlainMap, toNeo4jParams } from "../../../cypher/neo4j-params";
import type { JsonObject, JsonValue, PlainNode, PlainRelationship } from "../json";

/** Nodes and relationships met in a set of values, by elementId. */
export interface FoundEntities {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

export function emptyFoundEntities(): FoundEntities {
  return { nodes: new Map(), relationships: new Map() };
}

/** Walks a value (lists, maps, paths) and records every node and relationship in it. */
export function collectEntities(value: unknown, found: FoundEntities): void {
  if (value === null || typeof value !== "object") return;
  if (neo4j.isNode(value)) {
    found.nodes.set(value.elementId, value);
  } else if (neo4j.isRelationship(value)) {
    found.relationships.set(value.elementId, value);
  } else if (neo4j.isPath(value)) {
    for (const segment of value.segments) {
      found.nodes.set(segment.start.elementId, segment.start);
      found.nodes.set(segment.end.elementId, segment.end);
      found.relationships.set(segment.relationship.elementId, segment.relationship);
    }
    found.nodes.set(value.start.elementId, value.start);
  } else if (Array.isArray(value)) {
    for (const item of value) collectEntities(item, found);
  } else if (isPlainMap(value)) {
    for (const item of Object.values(value)) collectEntities(item, found);
  }
}

/** Endpoints of the found relationships that are not among the found nodes (their elementIds). */
export function missingEndpoints(found: FoundEntities): string[] {
  const missing = new Set<string>();
  for (const rel of found.relationships.values()) {
    if (!found.nodes.has(rel.startNodeElementId)) missing.add(rel.startNodeElementId);
    if (!found.nodes.has(rel.endNodeElementId)) missing.add(rel.endNodeElementId);
  }
  return [...missing];
}

/** Our `id` property when it is a string, else the elementId: the key a node has in every ApiGraph. */
export function nodeKey(node: Node): string {
  const id: unknown = node.properties["id"];
  return typeof id === "string" && id.length > 0 ? id : node.elementId;
}

/** Converts driver values to JSON; relationship ends become node keys when the nodes are known. */
export class ValueConverter {
  private readonly keys: Map<string, string>;

  constructor(nodes: Iterable<Node> = []) {
    this.keys = new Map();
    for (const node of nodes) this.keys.set(node.elementId, nodeKey(node));
  }

  convert(value: unknown): JsonValue {
    if (value === null || value === undefined) return null;
    switch (typeof value) {
      case "boolean":
      case "string":
        return value;
      case "number":
        return Number.isFinite(value) ? value : String(value);
      case "bigint":
        return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
      case "object":
        return this.convertObject(value);
      default:
        return String(value);
    }
  }

  node(node: Node): PlainNode {
    return { key: nodeKey(node), elementId: node.elementId, labels: [...node.labels], properties: this.convertMap(node.properties) };
  }

  relationship(rel: Relationship): PlainRelationship {
    return {
      key: rel.elementId,
      type: rel.type,
      source: this.keys.get(rel.startNodeElementId) ?? rel.startNodeElementId,
      target: this.keys.get(rel.endNodeElementId) ?? rel.endNodeElementId,
      properties: this.convertMap(rel.properties),
    };
  }

  private convertObject(value: object): JsonValue {
    if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
    if (neo4j.isNode(value)) {
      const n = this.node(value);
      const label = NODE_LABELS.find((l) => n.labels.includes(l)) ?? n.labels[0] ?? null;
      return { id: n.key, elementId: n.elementId, label, labels: n.labels, properties: n.properties };
    }
    if (neo4j.isRelationship(value)) {
      const r = this.relationship(value);
      return { id: r.key, type: r.type, start: r.source, end: r.target, properties: r.properties };
    }
    if (neo4j.isPath(value)) {
      return {
        start: this.convert(value.start),
        end: this.convert(value.end),
        segments: value.segments.map((s) => ({
          start: this.convert(s.start),
          relationship: this.convert(s.relationship),
          end: this.convert(s.end),
        })),
      };
    }
    if (neo4j.isPoint(value)) {
      const p: JsonObject = { srid: this.convert(value.srid), x: value.x, y: value.y };
      if (value.z !== undefined) p["z"] = value.z;
      return p;
    }
    if (isTemporal(value)) return value.toString();
    if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
    if (Array.isArray(value)) return value.map((item) => this.convert(item));
    if (isPlainMap(value)) return this.convertMap(value);
    return String(value);
  }

  private convertMap(map: Record<string, unknown>): JsonObject {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(map)) out[k] = this.convert(v);
    return out;
  }
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

export { toNeo4jParams };
