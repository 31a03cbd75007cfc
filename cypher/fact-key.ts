/**
 * The key a fact is stored under (its `key` property, unique per type): start, end and, as DESIGN.md's MERGE key
 * says, the year for OWNS and COLLABORATES and the title for HOLDS. Shared by ingest (which writes it), the
 * server and the page (which find a fact's review by it); migrate-fact-keys.cypher builds the same string.
 */
import type { RelationshipType } from "./model";

/** Separates the parts of a fact key: a control character never left in normalised text or an id. */
export const KEY_SEPARATOR = "\u001f";

export function factKeyOf(type: RelationshipType, start: string, end: string, year?: number | null, title?: string | null): string {
  const base = `${start}${KEY_SEPARATOR}${end}`;
  switch (type) {
    case "OWNS":
    case "COLLABORATES":
      return `${base}${KEY_SEPARATOR}${typeof year === "number" ? String(year) : ""}`;
    case "HOLDS":
      return `${base}${KEY_SEPARATOR}${title ?? ""}`;
    default:
      return base;
  }
}

/** A fact's identity across types: its type and key (what a review is attached to). */
export function typedFactKey(type: RelationshipType, key: string): string {
  return `${type}${KEY_SEPARATOR}${key}`;
}
