/** The local Neo4j's settings: ports, credentials, memory; overridable through the environment. */
import { DEFAULT_LOCAL_BOLT_PORT, LOCAL_NEO4J, localBoltUri } from "../../cypher/local-neo4j";
export interface LocalNeo4jSettings {
  boltPort: number;
  username: string;
  password: string;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
}

export const DEFAULT_LOCAL_NEO4J_SETTINGS: LocalNeo4jSettings = {
  boltPort: DEFAULT_LOCAL_BOLT_PORT,
  username: LOCAL_NEO4J.username,
  password: LOCAL_NEO4J.password,
  heapMb: 512,
  pageCacheMb: 64,
  startTimeoutMs: 120_000,
};

/** Reads NEO4J_LOCAL_BOLT_PORT / NEO4J_PASSWORD / NEO4J_LOCAL_HEAP_MB / NEO4J_LOCAL_PAGECACHE_MB; anything else keeps its default. */
export function localNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  const problems: string[] = [];
  const int = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) problems.push(`${name} must be a positive whole number, got "${raw}"`);
    return value;
  };
  const settings: LocalNeo4jSettings = {
    ...DEFAULT_LOCAL_NEO4J_SETTINGS,
    boltPort: int("NEO4J_LOCAL_BOLT_PORT", DEFAULT_LOCAL_NEO4J_SETTINGS.boltPort),
    heapMb: int("NEO4J_LOCAL_HEAP_MB", DEFAULT_LOCAL_NEO4J_SETTINGS.heapMb),
    // A graph of a million relationships is several hundred MB of store: reading it through 64 MB of page cache is disk-bound.
    pageCacheMb: int("NEO4J_LOCAL_PAGECACHE_MB", DEFAULT_LOCAL_NEO4J_SETTINGS.pageCacheMb),
    username: env.NEO4J_USERNAME || DEFAULT_LOCAL_NEO4J_SETTINGS.username,
    password: env.NEO4J_PASSWORD || DEFAULT_LOCAL_NEO4J_SETTINGS.password,
  };
  if (settings.password.length < 8) problems.push("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
  if (problems.length > 0) throw new Error(`Invalid local Neo4j settings:\n- ${problems.join("\n- ")}`);
  return settings;
}

export function boltUri(settings: LocalNeo4jSettings): string {
  return localBoltUri(settings.boltPort);
}

/** The neo4j.conf the project writes: loopback only, small memory, small transaction logs. */
export function neo4jConf(settings: LocalNeo4jSettings): string {
  return [
    "# Written by scripts/neo4j: edit scripts/neo4j/settings.ts instead.",
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    "server.bolt.enabled=true",
    "server.http.enabled=false",
    "server.https.enabled=false",
    `server.memory.pagecache.size=${settings.pageCacheMb}m`,
    `server.memory.heap.initial_size=${Math.min(256, settings.heapMb)}m`,
    `server.memory.heap.max_size=${settings.heapMb}m`,
    "db.transaction.timeout=30s",
    // One transaction may hold at most half the heap: a console query that would exhaust it fails alone.
    `db.memory.transaction.max=${Math.max(64, Math.floor(settings.heapMb / 2))}m`,
    "dbms.usage_report.enabled=false",
    "dbms.security.auth_enabled=true",
    "dbms.security.allow_csv_import_from_file_urls=false",
    "db.tx_log.rotation.size=16m",
    "db.tx_log.rotation.retention_policy=2 files",
    "db.tx_log.preallocate=false",
    "",
  ].join("\n");
}

/** The JVM flags of Neo4j 5's default neo4j.conf, plus explicit heap bounds. */
export function jvmArgs(settings: LocalNeo4jSettings): string[] {
  return [
    `-Xms${Math.min(256, settings.heapMb)}m`,
    `-Xmx${settings.heapMb}m`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
  ];
}
