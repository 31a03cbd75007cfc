/** Runs a user's Cypher for POST /api/cypher: READ session, time limit, EXPLAIN-checked first, at most `rowLimit` rows. */
import type { Plan, QueryResult, Record as Neo4jRecord } from "neo4j-driver";
import { loadQuery } from "../../../cypher/queries";
import { EXPLAIN_PREFIX, withoutExplainPrefix } from "../console/explain-message";
import { checkPlan, type PlainPlan } from "../console/guard";
import type { JsonValue, PlainNode, PlainRelationship } from "../json";
import type { Neo4jClient } from "./client";
import { translateNeo4jError } from "./errors";
import { collectEntities, emptyFoundEntities, missingEndpoints, toNeo4jParams, ValueConverter } from "./values";
import { retryOnWriteConflict } from "./retry";
import { ApiHttpError } from "../errors";

export interface ConsoleResult {
  columns: string[];
  rows: JsonValue[][];
  nodes: PlainNode[];
  relationships: PlainRelationship[];
  truncated: boolean;
  /** Which cap stopped the reading: the row limit or the byte budget. */
  truncatedBy?: "rows" | "bytes";
}

/** Far ends fetched for relationships returned without their nodes, at most this many. */
const MAX_MISSING_ENDPOINTS = 2_000;

/**
 * Plans the statement with EXPLAIN (nothing runs: a LOAD CSV URL is not fetched), refuses it when the plan
 * loads CSV, writes, or calls a procedure off the allow-list, then runs it in the same READ transaction
 * with the configured timeout and stops reading after `rowLimit` rows. `statement` has passed checkStatementText.
 */
export async function runConsoleQuery(client: Neo4jClient, statement: string, params: Record<string, unknown>): Promise<ConsoleResult> {
  try {
    return await retryOnWriteConflict(() => runConsoleQueryOnce(client, statement, params));
  } catch (error) {
    throw translateNeo4jError(error, { uri: client.config.neo4j.uri, timeoutMs: client.config.cypherTimeoutMs, source: "console" });
  }
}

/**
 * Rows Neo4j sends per batch. Its network buffers hold a whole batch: 1,000 rows of 1 MB made it drop
 * the connection and 50 rows of 8 MB exhausted its direct memory (512 MB); 20 rows of 8 MB pass, and a
 * small batch costs a loopback round trip per 20 rows.
 */
const CONSOLE_FETCH_SIZE = 20;

async function runConsoleQueryOnce(client: Neo4jClient, statement: string, params: Record<string, unknown>): Promise<ConsoleResult> {
  const { cypherRowLimit: rowLimit, cypherTimeoutMs: timeoutMs, cypherMaxBytes: maxBytes } = client.config;
  const session = client.readSession(Math.min(rowLimit + 1, CONSOLE_FETCH_SIZE));
  const tx = session.beginTransaction({ timeout: timeoutMs });
  let planned = false;
  try {
    const driverParams = toNeo4jParams(params);
    const explained: QueryResult = await tx.run(`${EXPLAIN_PREFIX}${statement}`, driverParams).catch((error: unknown) => {
      if (error instanceof Error) error.message = withoutExplainPrefix(error.message);
      throw error;
    });
    const plan = explained.summary.plan;
    if (plan === false) throw new Error("EXPLAIN returned no plan");
    checkPlan(toPlainPlan(plan), explained.summary.queryType);

    planned = true;
    const result = tx.run(statement, driverParams);
    const records: Neo4jRecord[] = [];
    let truncated: ConsoleResult["truncatedBy"];
    let bytes = 0;
    for await (const record of result) {
      if (records.length >= rowLimit) {
        truncated = "rows";
        break;
      }
      bytes += approximateBytes(valuesOf(record));
      if (bytes > maxBytes) {
        truncated = "bytes";
        break;
      }
      records.push(record);
    }
    const columns = (await result.keys()).map(String);

    const found = emptyFoundEntities();
    for (const record of records) collectEntities(valuesOf(record), found);
    const missing = missingEndpoints(found).slice(0, MAX_MISSING_ENDPOINTS);
    if (missing.length > 0) {
      const ends = await tx.run(loadQuery("list-nodes-by-element-id"), { ids: missing });
      for (const record of ends.records) collectEntities(record.get("n"), found);
    }
    const converter = new ValueConverter(found.nodes.values());
    return {
      columns,
      rows: records.map((record) => valuesOf(record).map((v) => converter.convert(v))),
      nodes: [...found.nodes.values()].map((n) => converter.node(n)),
      relationships: [...found.relationships.values()].map((r) => converter.relationship(r)),
      truncated: truncated !== undefined,
      ...(truncated ? { truncatedBy: truncated } : {}),
    };
  } catch (error) {
    throw planned ? await explainLostConnection(client, error) : error;
  } finally {
    await closeQuietly(async () => tx.isOpen() && (await tx.rollback()));
    await closeQuietly(() => session.close());
  }
}

/**
 * A connection lost while the result streams, from a Neo4j that still answers, was dropped by Neo4j
 * because of the answer (rows too large for its buffers): say so, instead of "Neo4j is not reachable".
 */
async function explainLostConnection(client: Neo4jClient, error: unknown): Promise<unknown> {
  const code = (error as { code?: string }).code;
  if (code !== "ServiceUnavailable" && code !== "SessionExpired") return error;
  if (!(await client.reachability()).reachable) return error;
  return new ApiHttpError(
    400,
    "resource_limit",
    "Neo4j closed the connection while sending this result: its rows are too large to send. Return smaller values (e.g. size(x) or substring(x, 0, 200)) or fewer rows.",
    { cause: error },
  );
}

/** The driver's plan with every argument as a string (the driver may hand back Integers or lists). */
export function toPlainPlan(plan: Plan): PlainPlan {
  const converter = new ValueConverter();
  const args: Record<string, string> = {};
  for (const [key, value] of Object.entries(plan.arguments as Record<string, unknown>)) {
    const json = converter.convert(value);
    args[key] = typeof json === "string" ? json : JSON.stringify(json);
  }
  return { operatorType: plan.operatorType, arguments: args, children: plan.children.map(toPlainPlan) };
}

/** The size of a row's values as JSON, near enough to keep an answer within its byte budget. */
function approximateBytes(values: unknown[]): number {
  return Buffer.byteLength(JSON.stringify(values, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)) ?? "", "utf8");
}

function valuesOf(record: Neo4jRecord): unknown[] {
  return record.keys.map((key) => record.get(key));
}

/** Rolling back or closing after a failure must not hide the failure itself. */
async function closeQuietly(close: () => Promise<unknown>): Promise<void> {
  try {
    await close();
  } catch {
    // The transaction or session is already gone (timeout, lost connection); the original error is what counts.
  }
}
