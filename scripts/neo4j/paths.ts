/**
 * Where the project's local Neo4j keeps its jars, config, data, logs and pid (all under the ignored .neo4j/).
 * NEO4J_LOCAL_HOME names another folder for a second, independent server (its own config, store, logs and
 * pid; the jars are shared), e.g. the reliability suite's, which it may kill without touching the user's data.
 */
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const NEO4J_ROOT = join(PROJECT_ROOT, ".neo4j");

export interface Neo4jPaths {
  pom: string;
  lib: string;
  installedMarker: string;
  home: string;
  conf: string;
  confFile: string;
  logs: string;
  consoleLog: string;
  pidFile: string;
}

/** The paths of the server whose own files live in `instanceRoot` (default .neo4j/). */
export function neo4jPaths(instanceRoot: string = NEO4J_ROOT): Neo4jPaths {
  const root = resolve(PROJECT_ROOT, instanceRoot);
  return {
    pom: join(PROJECT_ROOT, "scripts/neo4j/pom.xml"),
    lib: join(NEO4J_ROOT, "lib"),
    installedMarker: join(NEO4J_ROOT, "lib/.installed"),
    home: join(root, "home"),
    conf: join(root, "conf"),
    confFile: join(root, "conf/neo4j.conf"),
    logs: join(root, "home/logs"),
    consoleLog: join(root, "console.log"),
    pidFile: join(root, "neo4j.pid"),
  };
}

export const NEO4J_PATHS: Neo4jPaths = neo4jPaths(process.env.NEO4J_LOCAL_HOME?.trim() || NEO4J_ROOT);
