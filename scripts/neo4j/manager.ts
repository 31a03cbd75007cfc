/** Ensures a Neo4j is there: the one NEO4J_URI names, or the project's own local server, started if needed. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { installNeo4j } from "./install";
import { NEO4J_PATHS } from "./paths";
import { isPortOpen, probeBolt, setInitialPassword } from "./probe";
import { assertJavaAvailable, isAlive, launchNeo4j, Neo4jStartError, sleep, startupFailureLines } from "./process";
import { boltUri, localNeo4jSettings, type LocalNeo4jSettings } from "./settings";

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  /** True when this call started the server (so the caller may stop it when done). */
  startedHere: boolean;
}

/** Makes sure our credentials work on a server that answers: sets the password on a fresh store. */
async function ensureCredentials(settings: LocalNeo4jSettings): Promise<void> {
  const uri = boltUri(settings);
  const probe = await probeBolt(uri, settings.username, settings.password);
  if (probe === "ok") return;
  const fresh = await probeBolt(uri, settings.username, "neo4j");
  if (fresh === "password-change-required") {
    await setInitialPassword(uri, settings.username, settings.password);
    return;
  }
  throw new Neo4jStartError(
    `A Neo4j on ${uri} rejects the configured credentials (user "${settings.username}"). ` +
      "Set NEO4J_PASSWORD to its password, or stop it and delete .neo4j/home/data to start afresh.",
  );
}

/** A store that was never started still has neo4j/neo4j, which must be changed on first use. */
function isFreshStore(): boolean {
  return !existsSync(join(NEO4J_PATHS.home, "data", "databases", "system"));
}

/** Waits for Bolt; probes with the password the store should have, so no failed logins trip Neo4j's rate limit. */
async function waitUntilUp(pid: number, settings: LocalNeo4jSettings, password: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  let lastReport = started;
  while (Date.now() - started < settings.startTimeoutMs) {
    if (!isAlive(pid)) {
      throw new Neo4jStartError(`Neo4j stopped during start-up. From ${NEO4J_PATHS.consoleLog}:\n${startupFailureLines()}`);
    }
    if (await isPortOpen(settings.boltPort)) {
      const probe = await probeBolt(boltUri(settings), settings.username, password);
      if (probe !== "down") return;
    }
    if (Date.now() - lastReport > 10_000) {
      log(`neo4j: still starting (${Math.round((Date.now() - started) / 1000)} s)…`);
      lastReport = Date.now();
    }
    await sleep(500);
  }
  throw new Neo4jStartError(
    `Neo4j did not answer on Bolt within ${settings.startTimeoutMs / 1000} s. From ${NEO4J_PATHS.consoleLog}:\n${startupFailureLines()}`,
  );
}

/** Starts the project's local Neo4j unless one of ours already answers; resolves once Bolt accepts our credentials. */
export async function startLocalNeo4j(log: (line: string) => void = console.error): Promise<Neo4jConnection> {
  const settings = localNeo4jSettings();
  const uri = boltUri(settings);
  const base = { uri, username: settings.username, password: settings.password };
  if (await isPortOpen(settings.boltPort)) {
    const probe = await probeBolt(uri, settings.username, settings.password);
    if (probe === "down") {
      throw new Neo4jStartError(`Port ${settings.boltPort} is taken by something that is not a Neo4j answering Bolt. Free it, or set NEO4J_LOCAL_BOLT_PORT.`);
    }
    await ensureCredentials(settings);
    log(`neo4j: reusing the server already running on ${uri}`);
    return { ...base, startedHere: false };
  }
  assertJavaAvailable();
  installNeo4j(log);
  const began = Date.now();
  const fresh = isFreshStore();
  log(`neo4j: starting Neo4j 5.26 Community on 127.0.0.1${fresh ? " (new store)" : ""}…`);
  const pid = launchNeo4j(settings);
  await waitUntilUp(pid, settings, fresh ? "neo4j" : settings.password, log);
  if (fresh) await setInitialPassword(uri, settings.username, settings.password);
  else await ensureCredentials(settings);
  log(`neo4j: up on ${uri} (pid ${pid}) after ${((Date.now() - began) / 1000).toFixed(1)} s`);
  return { ...base, startedHere: true };
}

/** The Neo4j to use: NEO4J_URI's when set (never started or stopped by us), else the local one. */
export async function ensureNeo4j(log: (line: string) => void = console.error): Promise<Neo4jConnection> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    return { uri, username: process.env.NEO4J_USERNAME ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", startedHere: false };
  }
  return startLocalNeo4j(log);
}
