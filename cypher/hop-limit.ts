/**
 * The bound of a variable-length pattern (`*..N`), which Cypher cannot take as a parameter. A statement that needs
 * one holds the placeholder MAX_HOPS_LITERAL; `withHopLimit` puts in an integer of a closed set, checked again
 * here, so no text from a request ever reaches the statement.
 */

/** The bounds the API accepts (GET /api/paths?max=). */
export const HOP_LIMITS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type HopLimit = (typeof HOP_LIMITS)[number];
export const DEFAULT_HOP_LIMIT: HopLimit = 6;

const PLACEHOLDER = "MAX_HOPS_LITERAL";

export function isHopLimit(value: number): value is HopLimit {
  return (HOP_LIMITS as readonly number[]).includes(value);
}

/** Returns the statement with its one placeholder replaced by the bound; throws on a bound outside the set or a template without exactly one placeholder. */
export function withHopLimit(statement: string, hops: HopLimit): string {
  if (!isHopLimit(hops)) throw new RangeError(`hop limit ${String(hops)} is not one of ${HOP_LIMITS.join(", ")}`);
  const parts = statement.split(PLACEHOLDER);
  if (parts.length !== 2) throw new RangeError(`the statement must hold ${PLACEHOLDER} exactly once (found ${parts.length - 1})`);
  return parts.join(String(hops));
}

/** Whether a statement is a template that needs `withHopLimit` before it runs. */
export function needsHopLimit(statement: string): boolean {
  return statement.includes(PLACEHOLDER);
}
