/** Plain JSON values and the plain graph records the neo4j/ folder hands to the rest of the server. */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A node as read from Neo4j: `key` is our `id` property, or the elementId when it has none. */
export interface PlainNode {
  key: string;
  elementId: string;
  labels: string[];
  properties: JsonObject;
}

/** A relationship as read from Neo4j; `source`/`target` are node keys (see PlainNode). */
export interface PlainRelationship {
  key: string;
  type: string;
  source: string;
  target: string;
  properties: JsonObject;
}
