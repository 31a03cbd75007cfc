/** Resolves Neo4j's jars from Maven Central into .neo4j/lib, once. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { NEO4J_PATHS } from "./paths";

export class Neo4jInstallError extends Error {
  override name = "Neo4jInstallError";
}

function pomFingerprint(): string {
  return readFileSync(NEO4J_PATHS.pom, "utf8");
}

export function isNeo4jInstalled(): boolean {
  return existsSync(NEO4J_PATHS.installedMarker) && readFileSync(NEO4J_PATHS.installedMarker, "utf8") === pomFingerprint();
}

/** Runs Maven (quietly, in batch mode) unless the jars of the current pom are already there. */
export function installNeo4j(log: (line: string) => void = console.error): void {
  if (isNeo4jInstalled()) return;
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new Neo4jInstallError("Maven (mvn) was not found: install it (e.g. `apt-get install -y maven`) or set NEO4J_URI to a running Neo4j.");
  }
  log("neo4j: resolving Neo4j 5.26 Community from Maven Central (about 120 MB, once)…");
  mkdirSync(NEO4J_PATHS.lib, { recursive: true });
  const result = spawnSync(
    "mvn",
    ["-q", "-B", "-f", NEO4J_PATHS.pom, "dependency:copy-dependencies", `-DoutputDirectory=${NEO4J_PATHS.lib}`],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new Neo4jInstallError(`Maven could not resolve Neo4j (exit ${result.status}):\n${tail}`);
  }
  writeFileSync(NEO4J_PATHS.installedMarker, pomFingerprint());
  log("neo4j: installed into .neo4j/lib");
}
