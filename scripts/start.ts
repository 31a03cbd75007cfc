/**
 * `npm start [-- --no-corpus]`: the whole product on one port. Starts the local Neo4j when NEO4J_URI
 * is unset, makes sure the bundled corpus is loaded (ingest is idempotent: documents already loaded
 * unchanged are skipped, so an empty database gets the corpus and a populated one keeps what it has),
 * builds the app when it is not built or older than its sources, then serves the app and the API and prints the URL.
 */
import { join, resolve } from "node:path";
import { appBuildState } from "./app-build-state";
import { ensureNeo4j, type Neo4jConnection } from "./neo4j/manager";
import { PROJECT_ROOT } from "./neo4j/paths";
import { stopProjectNeo4j } from "./neo4j/process";
import { runCommand, withNeo4jEnv } from "./run-command";
import { ingestPaths } from "../ingest/pipeline";
import { buildServer } from "../web/server/app";
import { loadServerConfig } from "../web/server/config";
import { reviewAccessLine } from "../web/server/reviews/review-access";
import type { HealthResponse } from "../web/shared/api-types";

/** Builds the app when it is missing, or stale in the default dist/web (a custom STATIC_DIR is the user's to build). */
async function buildAppIfNeeded(staticDir: string): Promise<void> {
  const state = appBuildState(PROJECT_ROOT, staticDir);
  const ours = resolve(staticDir) === resolve(PROJECT_ROOT, "dist", "web");
  if (state === "fresh" || (state === "stale" && !ours)) return;
  console.error(state === "missing" ? "app: building the web app (once)…" : "app: the sources changed since the last build; rebuilding the web app…");
  const code = await runCommand("npx", ["vite", "build", "--logLevel", "warn"]);
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
}

async function loadBundledCorpus(connection: { uri: string; username: string; password: string }): Promise<void> {
  console.error("ingest: making sure the bundled corpus is loaded…");
  const summary = await ingestPaths([join(PROJECT_ROOT, "corpus")], {
    neo4j: { uri: connection.uri, username: connection.username, password: connection.password },
  });
  const status = summary.load?.documents;
  console.error(
    `ingest: ${summary.documents} documents (${status?.loaded ?? 0} loaded, ${status?.replaced ?? 0} replaced, ${status?.unchanged ?? 0} unchanged)`,
  );
}

async function main(): Promise<void> {
  const connection = await ensureNeo4j();
  try {
    await serve(connection);
  } catch (error) {
    // A failed start must not leave behind a Neo4j that this run started.
    if (connection.startedHere) await stopProjectNeo4j();
    throw error;
  }
}

async function serve(connection: Neo4jConnection): Promise<void> {
  const env = withNeo4jEnv(process.env, connection);
  const config = loadServerConfig(env);
  await buildAppIfNeeded(config.staticDir);
  const server = await buildServer(config);

  const health = (await server.inject({ method: "GET", url: "/api/health" }).then((r) => r.json())) as HealthResponse;
  if (!health.neo4j.reachable) throw new Error(`Neo4j is not reachable: ${health.neo4j.message ?? "unknown reason"}`);
  if (!process.argv.includes("--no-corpus")) await loadBundledCorpus(connection);

  const address = await server.listen({ host: config.host, port: config.port }).catch((error: unknown) => {
    if ((error as { code?: string }).code !== "EADDRINUSE") throw error;
    throw new Error(`${config.host}:${config.port} is already in use: stop what runs there or set PORT (e.g. PORT=3001 npm start).`, { cause: error });
  });
  console.log(`MIIT graph explorer: ${address.replace("0.0.0.0", "localhost")}  (Ctrl+C stops it)`);
  console.log(reviewAccessLine(config, address.replace("0.0.0.0", "localhost")));

  const shutdown = async (): Promise<void> => {
    await server.close();
    if (connection.startedHere) await stopProjectNeo4j();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
