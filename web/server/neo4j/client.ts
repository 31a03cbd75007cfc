/** The one Neo4j driver of the server process: named read queries mapped to plain, zod-checked rows. */
import neo4j, { type Driver, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import type { z } from "zod";
import { needsHopLimit, withHopLimit, type HopLimit } from "../../../cypher/hop-limit";
import { loadQuery } from "../../../cypher/queries";
import type { ReadQueryName } from "../../../cypher/read-queries";
import type { ReviewWriteQueryName } from "../../../cypher/review-queries";
import type { ServerWriteQueryName } from "../../../cypher/write-queries";
import type { ServerConfig } from "../config";
import { UnexpectedDataError } from "../errors";
import type { JsonObject } from "../json";
import { translateNeo4jError } from "./errors";
import { retryOnWriteConflict } from "./retry";
import { toNeo4jParams, ValueConverter } from "./values";

/** Per-statement options of `read`: the bound of a variable-length pattern (cypher/hop-limit.ts) for templates that need one. */
export interface ReadOptions {
  hopLimit?: HopLimit;
}

/** Records as JSON objects by column (Integer → number, nodes and relationships → plain objects). */
function toJsonRows(records: readonly Neo4jRecord[]): JsonObject[] {
  const converter = new ValueConverter();
  return records.map((record) => {
    const out: JsonObject = {};
    for (const key of record.keys) out[String(key)] = converter.convert(record.get(key));
    return out;
  });
}

/** Reachability as GET /api/health reports it. */
export type Reachability = { reachable: true } | { reachable: false; message: string };

/** Wraps the driver: every statement the API runs goes through `read` by name (cypher/read-queries.ts). */
export class Neo4jClient {
  readonly driver: Driver;
  readonly config: ServerConfig;

  constructor(config: ServerConfig) {
    this.config = config;
    this.driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxConnectionPoolSize: 50,
      userAgent: "miit-graph-api",
      notificationFilter: { minimumSeverityLevel: "OFF" },
    });
  }

  /**
   * A READ-mode session on NEO4J_DATABASE (or the default database); callers close it. With a neo4j://
   * URI READ routes the session to a cluster's secondaries (or Aura's read replicas).
   */
  readSession(fetchSize?: number): Session {
    const database = this.config.neo4j.database;
    return this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(database === undefined ? {} : { database }),
      ...(fetchSize === undefined ? {} : { fetchSize }),
    });
  }

  /**
   * Runs the named read query with JSON parameters (whole numbers become INTEGERs) and checks each row
   * against `row`; Neo4j values are converted to JSON first (Integer → number).
   */
  async read<S extends z.ZodType>(name: ReadQueryName, params: Record<string, unknown>, row: S, options: ReadOptions = {}): Promise<z.infer<S>[]> {
    const raw = await this.readRaw(name, params, options);
    return raw.map((record, index) => checkRow(name, row, record, index));
  }

  /** Runs the named read query and returns its rows as JSON objects. */
  async readRaw(name: ReadQueryName, params: Record<string, unknown>, options: ReadOptions = {}): Promise<JsonObject[]> {
    return (await this.readRawStamped(name, params, options)).rows;
  }

  /**
   * `read`, plus the data stamp of the state the query read: the session's bookmark, which names the database's
   * last committed transaction. Equal stamps mean no transaction committed in between (an ingest, a review, any
   * write), so an answer computed at one stamp may be served again while the stamp holds. Undefined when the
   * server gave no bookmark: nothing may then be cached on it.
   */
  async readStamped<S extends z.ZodType>(name: ReadQueryName, params: Record<string, unknown>, row: S): Promise<{ rows: z.infer<S>[]; stamp: string | undefined }> {
    const { rows, stamp } = await this.readRawStamped(name, params, {});
    return { rows: rows.map((record, index) => checkRow(name, row, record, index)), stamp };
  }

  private async readRawStamped(name: ReadQueryName, params: Record<string, unknown>, options: ReadOptions): Promise<{ rows: JsonObject[]; stamp: string | undefined }> {
    const text = statementText(name, options);
    const session = this.readSession();
    try {
      const result = await retryOnWriteConflict(() => session.run(text, toNeo4jParams(params), { timeout: this.config.apiTimeoutMs }));
      const bookmarks = session.lastBookmarks();
      return { rows: toJsonRows(result.records), stamp: bookmarks.length > 0 ? [...bookmarks].sort().join(",") : undefined };
    } catch (error) {
      throw translateNeo4jError(error, { uri: this.config.neo4j.uri, timeoutMs: this.config.apiTimeoutMs, source: name });
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one of the API's own fixed writes in a WRITE transaction (retried by the driver on transient errors):
   * the data-version record (cypher/write-queries.ts SERVER_WRITE_QUERY_NAMES) and the reviews of facts
   * (cypher/review-queries.ts). User Cypher never comes here: the console has only `readSession`.
   */
  async write(name: ServerWriteQueryName | ReviewWriteQueryName, params: Record<string, unknown>): Promise<JsonObject[]> {
    const database = this.config.neo4j.database;
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE, ...(database === undefined ? {} : { database }) });
    try {
      const result = await session.executeWrite((tx) => tx.run(loadQuery(name), toNeo4jParams(params)), { timeout: this.config.apiTimeoutMs });
      return toJsonRows(result.records);
    } catch (error) {
      throw translateNeo4jError(error, { uri: this.config.neo4j.uri, timeoutMs: this.config.apiTimeoutMs, source: name });
    } finally {
      await session.close();
    }
  }

  /** Whether Neo4j answers with our credentials, with a message saying what to do when it does not. */
  async reachability(): Promise<Reachability> {
    try {
      await this.driver.verifyAuthentication();
      return { reachable: true };
    } catch (error) {
      const translated = translateNeo4jError(error, { uri: this.config.neo4j.uri, timeoutMs: this.config.apiTimeoutMs, source: "health" });
      return { reachable: false, message: translated.message };
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** A row checked against its zod shape; a row of another shape is the database's surprise, not the request's fault. */
function checkRow<S extends z.ZodType>(name: ReadQueryName, row: S, record: JsonObject, index: number): z.infer<S> {
  const parsed = row.safeParse(record);
  if (!parsed.success) {
    throw new UnexpectedDataError(`Query ${name} returned a row of unexpected shape (row ${index}): ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

/** The named statement, with its hop bound put in when it is a template (a template without one is a programming error). */
function statementText(name: ReadQueryName, options: ReadOptions): string {
  const text = loadQuery(name);
  if (!needsHopLimit(text)) return text;
  if (options.hopLimit === undefined) throw new UnexpectedDataError(`Query ${name} needs a hop limit`);
  return withHopLimit(text, options.hopLimit);
}
