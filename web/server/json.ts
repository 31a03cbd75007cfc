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

/** Whether a parsed JSON value nests arrays and objects deeper than `max` (checked without recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== "object") continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return false;
}
