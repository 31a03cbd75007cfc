/** Where the project's local Neo4j keeps its jars, config, data, logs and pid (all under the ignored .neo4j/). */
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const NEO4J_ROOT = join(PROJECT_ROOT, ".neo4j");

export const NEO4J_PATHS = {
  pom: join(PROJECT_ROOT, "scripts/neo4j/pom.xml"),
  lib: join(NEO4J_ROOT, "lib"),
  installedMarker: join(NEO4J_ROOT, "lib/.installed"),
  home: join(NEO4J_ROOT, "home"),
  conf: join(NEO4J_ROOT, "conf"),
  confFile: join(NEO4J_ROOT, "conf/neo4j.conf"),
  logs: join(NEO4J_ROOT, "home/logs"),
  consoleLog: join(NEO4J_ROOT, "console.log"),
  pidFile: join(NEO4J_ROOT, "neo4j.pid"),
} as const;
