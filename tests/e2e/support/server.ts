/** E2E support: the real API server (buildServer) on port 0 over the built app, and the ingested corpus in Neo4j. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import neo4j from "neo4j-driver";
import type { FastifyInstance } from "fastify";
import { ingestPaths, type IngestSummary } from "../../../ingest/pipeline";
import { buildServer } from "../../../web/server/app";
import { loadServerConfig } from "../../../web/server/config";
import { neo4jSettingsFromEnv } from "../../support/neo4j-env";

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The built app must exist: `npm test` builds it first; locally run `npx vite build`. */
export function assertAppBuilt(): void {
  if (!existsSync(resolve("dist/web/index.html"))) {
    throw new Error("e2e: dist/web/index.html is missing — run `npx vite build` first (npm test does it for you)");
  }
}

/** Starts the API + static app on an ephemeral port; `env` overrides (e.g. NEO4J_URI of a dead port). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  assertAppBuilt();
  const s = neo4jSettingsFromEnv();
  const config = loadServerConfig({
    ...process.env,
    NEO4J_URI: s.uri,
    NEO4J_USERNAME: s.username,
    NEO4J_PASSWORD: s.password,
    HOST: "127.0.0.1",
    PORT: "0",
    STATIC_DIR: "dist/web",
    ...env,
  });
  const app = await buildServer(config);
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url: address, app, close: () => app.close() };
}

let ingested: Promise<IngestSummary> | undefined;

/** Deletes every node of the test database, in batches. */
export async function emptyDatabase(): Promise<void> {
  const s = neo4jSettingsFromEnv();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password));
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Empties the database and ingests corpus/ once per test process (later callers share the result). */
export function ensureCorpusIngested(): Promise<IngestSummary> {
  ingested ??= (async () => {
    await emptyDatabase();
    return ingestPaths(["corpus"], { neo4j: neo4jSettingsFromEnv() });
  })();
  return ingested;
}

/** Reads the node count straight from /api/health. */
export async function healthNodeCount(url: string): Promise<number> {
  const response = await fetch(`${url}/api/health`);
  const body = (await response.json()) as { counts?: { nodes: number } };
  return body.counts?.nodes ?? -1;
}
