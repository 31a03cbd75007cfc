/** Query parameters for the driver, shared by the loader and the API: whole numbers must go as INTEGERs. */
import neo4j from "neo4j-driver";

export function isPlainMap(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Wraps safe integers as Neo4j Integers, recursively through lists and plain maps. The driver
 * would send a JS number as a FLOAT, so `year = 2017` would not match and `LIMIT $n` would fail.
 */
export function toNeo4jValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === "object" && isPlainMap(value)) return toNeo4jParams(value);
  return value;
}

export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = toNeo4jValue(value);
  return out;
}
