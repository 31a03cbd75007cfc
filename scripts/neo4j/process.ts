/** Starting and stopping the project's Neo4j JVM, and finding it again by its home directory. */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { NEO4J_PATHS } from "./paths";
import { jvmArgs, neo4jConf, type LocalNeo4jSettings } from "./settings";

export class Neo4jStartError extends Error {
  override name = "Neo4jStartError";
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of Java processes started with this project's Neo4j home (a stray from a killed script included). */
export function projectNeo4jPids(): number[] {
  const result = spawnSync("pgrep", ["-f", "--", `--home-dir=${NEO4J_PATHS.home}`], { encoding: "utf8" });
  const pids = (result.stdout ?? "").split("\n").map(Number).filter((pid) => Number.isInteger(pid) && pid > 0);
  return pids.filter((pid) => pid !== process.pid);
}

export function assertJavaAvailable(): void {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error || java.status !== 0) {
    throw new Neo4jStartError("Java was not found: Neo4j 5.26 needs Java 17 (e.g. `apt-get install -y openjdk-17-jre-headless`), or set NEO4J_URI to a running Neo4j.");
  }
}

/** Launches the JVM detached, its output going to .neo4j/console.log; returns its pid. */
export function launchNeo4j(settings: LocalNeo4jSettings): number {
  mkdirSync(NEO4J_PATHS.conf, { recursive: true });
  mkdirSync(NEO4J_PATHS.home, { recursive: true });
  writeFileSync(NEO4J_PATHS.confFile, neo4jConf(settings));
  const out = openSync(NEO4J_PATHS.consoleLog, "w");
  const child = spawn(
    "java",
    [
      ...jvmArgs(settings),
      "-cp",
      `${NEO4J_PATHS.lib}/*`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${NEO4J_PATHS.home}`,
      `--config-dir=${NEO4J_PATHS.conf}`,
      "--console-mode",
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  child.unref();
  if (child.pid === undefined) throw new Neo4jStartError("Java could not be started.");
  writeFileSync(NEO4J_PATHS.pidFile, String(child.pid));
  return child.pid;
}

/** The lines of the console log that say why start-up failed (e.g. `Unrecognized setting`). */
export function startupFailureLines(): string {
  if (!existsSync(NEO4J_PATHS.consoleLog)) return "(no console output)";
  const lines = readFileSync(NEO4J_PATHS.consoleLog, "utf8").split("\n");
  const telling = lines.filter((line) => /Unrecognized setting|ERROR|Exception|Address already in use|Error:/.test(line));
  return (telling.length > 0 ? telling.slice(0, 8) : lines.slice(-10)).join("\n");
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

/** SIGTERM (clean shutdown), then SIGKILL after 40 s; returns the pids that were stopped. */
export async function stopProjectNeo4j(): Promise<number[]> {
  const pids = new Set(projectNeo4jPids());
  if (existsSync(NEO4J_PATHS.pidFile)) {
    const pid = Number(readFileSync(NEO4J_PATHS.pidFile, "utf8"));
    if (Number.isInteger(pid) && isAlive(pid)) pids.add(pid);
  }
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  for (const pid of pids) {
    if (!(await waitForExit(pid, 40_000))) process.kill(pid, "SIGKILL");
  }
  rmSync(NEO4J_PATHS.pidFile, { force: true });
  return [...pids];
}
