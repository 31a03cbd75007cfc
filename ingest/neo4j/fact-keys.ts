/**
 * The keys facts are merged and found by, apart from the row building so that a run without a database
 * (which counts facts by key) does not load the Neo4j driver.
 */
import type { GraphRelationship, RelationshipType } from "../../cypher/model";
import { factKeyOf, KEY_SEPARATOR } from "../../cypher/fact-key";

/** The fact types a document's share of is found by key (cypher/schema.cypher's relationship uniqueness constraints). */
export const KEYED_FACT_TYPES = ["OWNS", "HOLDS", "COLLABORATES", "PART_OF", "SUCCEEDED_BY"] as const satisfies readonly RelationshipType[];
export type KeyedFactType = (typeof KEYED_FACT_TYPES)[number];

export function isKeyedFactType(type: RelationshipType): type is KeyedFactType {
  return (KEYED_FACT_TYPES as readonly string[]).includes(type);
}

/**
 * The key a fact is stored under (its `key` property, unique per type): start, end and, as DESIGN.md's
 * MERGE key says, the year for OWNS and COLLABORATES and the title for HOLDS. migrate-fact-keys.cypher
 * builds the same string.
 */
export function factKey(relationship: GraphRelationship): string {
  const properties = relationship.properties as unknown as Record<string, unknown>;
  const year = typeof properties.year === "number" ? properties.year : null;
  return factKeyOf(relationship.type, relationship.start, relationship.end, year, String(properties.title ?? ""));
}

/** The MERGE key of DESIGN.md with the type in front: two relationships with one mergeKey are one in Neo4j. */
export function mergeKey(relationship: GraphRelationship): string {
  return `${relationship.type}${KEY_SEPARATOR}${factKey(relationship)}`;
}
