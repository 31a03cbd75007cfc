/** Helpers of the ingest integration tests: a driver on the test Neo4j, a clean database, and a canonical dump to compare states. */
import neo4j, { type Driver } from "neo4j-driver";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";

export function testDriver(): Driver {
  const settings = neo4jSettingsFromEnv();
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), { disableLosslessIntegers: true });
}

export async function cleanDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { routing: neo4j.routing.WRITE });
}

export async function query<T = Record<string, unknown>>(driver: Driver, statement: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(statement, parameters, { routing: neo4j.routing.READ });
  return records.map((r) => r.toObject() as T);
}

export async function countsByType(driver: Driver): Promise<{ nodes: number; relationships: Record<string, number> }> {
  const [nodes] = await query<{ n: number }>(driver, "MATCH (n) RETURN count(n) AS n");
  const rows = await query<{ type: string; n: number }>(driver, "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type");
  return { nodes: nodes?.n ?? 0, relationships: Object.fromEntries(rows.map((r) => [r.type, r.n])) };
}

/**
 * The whole graph as sorted, order-independent text: nodes with labels and properties (aliases sorted),
 * relationships with their properties, evidence as a sorted list of (doc, start, end, text, method, confidence) tuples.
 */
/**
 * The graph as sorted lines, for equality checks. `aliases: false` leaves aliases out (they only grow);
 * `origins: false` leaves out Document.origin (which folder a document was loaded from).
 */
export async function dumpGraph(driver: Driver, options: { aliases?: boolean; origins?: boolean } = {}): Promise<string[]> {
  const withAliases = options.aliases ?? true;
  const withOrigins = options.origins ?? true;
  const nodes = await query<{ labels: string[]; props: Record<string, unknown> }>(driver, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props");
  const rels = await query<{ type: string; start: string; end: string; props: Record<string, unknown> }>(
    driver,
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props",
  );
  const lines = nodes.map(({ labels, props }) => {
    const { aliases, origin, ...rest } = props;
    const shown: Record<string, unknown> = { ...rest };
    if (withAliases && aliases !== undefined) shown.aliases = aliases;
    if (withOrigins && origin !== undefined) shown.origin = origin;
    return `N ${[...labels].sort().join(":")} ${stable(shown)}${withAliases || aliases === undefined ? "" : " +aliases"}`;
  });
  for (const { type, start, end, props } of rels) {
    const { evidence, evidenceDocIds, evidenceStarts, evidenceEnds, extractedBy, confidence, docIds, ...rest } = props as Record<string, unknown[] | undefined>;
    const entries = (evidence ?? [])
      .map((text, i) => `${String(evidenceDocIds?.[i])}@${String(evidenceStarts?.[i])}-${String(evidenceEnds?.[i])}:${String(text)} by ${String(extractedBy?.[i])} ${String(confidence?.[i])}`)
      .sort();
    lines.push(`R ${type} ${start} -> ${end} ${stable(rest)} docs=${[...(docIds ?? [])].sort().join(",")} ev=${JSON.stringify(entries)}`);
  }
  return lines.sort();
}

function stable(value: Record<string, unknown>): string {
  const entries = Object.entries(value)
    .map(([k, v]) => [k, k === "aliases" && Array.isArray(v) ? [...v].sort() : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(Object.fromEntries(entries));
}

/** The parallel lists of OWNS/HOLDS/COLLABORATES (cypher/model.ts DatedFactProperties). */
export const PARALLEL_FACT_LISTS = ["evidence", "evidenceDocIds", "evidenceStarts", "evidenceEnds", "extractedBy", "confidence"] as const;

/**
 * Facts whose parallel lists are not all as long as `evidence` (a missing list counts as broken),
 * as "TYPE start->end sizes" lines: an empty answer means every list is in step.
 */
export async function unparallelFacts(driver: Driver): Promise<string[]> {
  const rows = await query<{ line: string; sizes: (number | null)[] }>(
    driver,
    `MATCH (a)-[r:OWNS|HOLDS|COLLABORATES]->(b)
     RETURN type(r) + ' ' + a.id + '->' + b.id AS line, [key IN $keys | size(r[key])] AS sizes`,
    { keys: [...PARALLEL_FACT_LISTS] },
  );
  return rows.filter((r) => r.sizes.some((n) => n === null || n !== r.sizes[0])).map((r) => `${r.line} ${JSON.stringify(r.sizes)}`);
}
