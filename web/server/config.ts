/** The server's configuration: the only place in web/server that reads the environment. */
import { LOCAL_NEO4J, localNeo4jConnection } from "../../cypher/local-neo4j";
import { randomBytes } from "node:crypto";
import { z } from "zod";

export interface ServerConfig {
  host: string;
  port: number;
  /** `database`: NEO4J_DATABASE, or undefined for the server's default database. */
  neo4j: { uri: string; username: string; password: string; database?: string };
  /** Per-transaction time limit of console queries (POST /api/cypher): a user's Cypher. */
  cypherTimeoutMs: number;
  /**
   * Per-transaction time limit of the API's own reads (API_TIMEOUT_MS): known queries that may wait behind an
   * ingest and heavy console queries on a busy server; the console's limit must not cut them.
   */
  apiTimeoutMs: number;
  /** Rows the console returns at most; more are not consumed and `truncated` is set. */
  cypherRowLimit: number;
  /** Bytes of row values a console answer holds at most (CYPHER_MAX_BYTES); reading stops there, `truncated` is set. */
  cypherMaxBytes: number;
  /** Console queries one client may have running at once; more are answered 429. */
  cypherConcurrentPerClient: number;
  /** API requests one client may make per minute (API_RATE_LIMIT); more are answered 429. */
  apiRequestsPerMinute: number;
  /** Where the built web app lives (vite's outDir); relative paths are taken from the working directory. */
  staticDir: string;
  /** Host names a request may name besides 127.0.0.1, localhost, ::1 and `host` (ALLOWED_HOSTS, comma-separated). */
  allowedHosts: string[];
  /** The overview's budget (GRAPH_NODE_BUDGET, GRAPH_EDGE_BUDGET): above it /api/graph sends the most important part. */
  overviewNodeBudget: number;
  overviewEdgeBudget: number;
  /** The token review writes must carry (REVIEW_TOKEN); generated at start when unset, and printed with the URL. */
  reviewToken: string;
  /** Whether reviewToken was generated (main.ts then prints it). */
  reviewTokenGenerated: boolean;
}

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  host: "127.0.0.1",
  port: 3000,
  neo4j: LOCAL_NEO4J,
  cypherTimeoutMs: 10_000,
  apiTimeoutMs: 30_000,
  cypherRowLimit: 1000,
  cypherMaxBytes: 8 * 1024 * 1024,
  cypherConcurrentPerClient: 3,
  apiRequestsPerMinute: 3000,
  staticDir: "dist/web",
  allowedHosts: [],
  overviewNodeBudget: 5_000,
  overviewEdgeBudget: 20_000,
  reviewToken: generateReviewToken(),
  reviewTokenGenerated: true,
};

/** 128 random bits, URL-safe: what a review write must carry when REVIEW_TOKEN is unset. */
export function generateReviewToken(): string {
  return randomBytes(16).toString("base64url");
}

/** Thrown when the environment holds invalid settings; lists every problem at once. */
export class ServerConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid server configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ServerConfigError";
    this.problems = problems;
  }
}

const intFromEnv = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const nonEmpty = (name: string) => z.string().trim().min(1, `${name} must not be empty`);

const envSchema = z.object({
  HOST: nonEmpty("HOST").optional(),
  PORT: intFromEnv("PORT", 0, 65_535).optional(),
  NEO4J_URI: nonEmpty("NEO4J_URI")
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687")
    .optional(),
  NEO4J_USERNAME: nonEmpty("NEO4J_USERNAME").optional(),
  NEO4J_PASSWORD: z.string().min(1, "NEO4J_PASSWORD must not be empty").optional(),
  NEO4J_DATABASE: nonEmpty("NEO4J_DATABASE")
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, "NEO4J_DATABASE must be a database name (a letter, then letters, digits, '.' or '-')")
    .optional(),
  CYPHER_TIMEOUT_MS: intFromEnv("CYPHER_TIMEOUT_MS", 100, 600_000).optional(),
  API_TIMEOUT_MS: intFromEnv("API_TIMEOUT_MS", 100, 600_000).optional(),
  GRAPH_NODE_BUDGET: intFromEnv("GRAPH_NODE_BUDGET", 10, 1_000_000).optional(),
  GRAPH_EDGE_BUDGET: intFromEnv("GRAPH_EDGE_BUDGET", 10, 10_000_000).optional(),
  CYPHER_ROW_LIMIT: intFromEnv("CYPHER_ROW_LIMIT", 1, 100_000).optional(),
  CYPHER_MAX_BYTES: intFromEnv("CYPHER_MAX_BYTES", 1024, 512 * 1024 * 1024).optional(),
  API_RATE_LIMIT: intFromEnv("API_RATE_LIMIT", 1, 1_000_000).optional(),
  STATIC_DIR: nonEmpty("STATIC_DIR").optional(),
  ALLOWED_HOSTS: z.string().optional(),
  REVIEW_TOKEN: z.string().trim().min(16, "REVIEW_TOKEN must be at least 16 characters").max(200, "REVIEW_TOKEN must be at most 200 characters").optional(),
});

/**
 * Reads HOST, PORT, NEO4J_*, REVIEW_TOKEN, GRAPH_NODE_BUDGET, GRAPH_EDGE_BUDGET, CYPHER_TIMEOUT_MS, API_TIMEOUT_MS, CYPHER_ROW_LIMIT, CYPHER_MAX_BYTES, API_RATE_LIMIT, STATIC_DIR and ALLOWED_HOSTS; empty strings count as unset.
 * Without NEO4J_URI the server talks to the project's local Neo4j on NEO4J_LOCAL_BOLT_PORT (default 7687).
 */
export function loadServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]]),
  );
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  const local = localNeo4jConnection(env.NEO4J_LOCAL_BOLT_PORT);
  if ("problem" in local && present.NEO4J_URI === undefined) problems.push(local.problem);
  if (!parsed.success || problems.length > 0) throw new ServerConfigError(problems);
  const e = parsed.data;
  const d = DEFAULT_SERVER_CONFIG;
  const localUri = "problem" in local ? d.neo4j.uri : local.uri;
  return {
    host: e.HOST ?? d.host,
    port: e.PORT ?? d.port,
    neo4j: {
      uri: e.NEO4J_URI ?? localUri,
      username: e.NEO4J_USERNAME ?? d.neo4j.username,
      password: e.NEO4J_PASSWORD ?? d.neo4j.password,
      ...(e.NEO4J_DATABASE === undefined ? {} : { database: e.NEO4J_DATABASE.toLowerCase() }),
    },
    cypherTimeoutMs: e.CYPHER_TIMEOUT_MS ?? d.cypherTimeoutMs,
    apiTimeoutMs: e.API_TIMEOUT_MS ?? d.apiTimeoutMs,
    cypherRowLimit: e.CYPHER_ROW_LIMIT ?? d.cypherRowLimit,
    cypherMaxBytes: e.CYPHER_MAX_BYTES ?? d.cypherMaxBytes,
    cypherConcurrentPerClient: d.cypherConcurrentPerClient,
    apiRequestsPerMinute: e.API_RATE_LIMIT ?? d.apiRequestsPerMinute,
    staticDir: e.STATIC_DIR ?? d.staticDir,
    allowedHosts: (e.ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim().toLowerCase()).filter((h) => h.length > 0),
    overviewNodeBudget: e.GRAPH_NODE_BUDGET ?? d.overviewNodeBudget,
    overviewEdgeBudget: e.GRAPH_EDGE_BUDGET ?? d.overviewEdgeBudget,
    reviewToken: e.REVIEW_TOKEN ?? generateReviewToken(),
    reviewTokenGenerated: e.REVIEW_TOKEN === undefined,
  };
}
