/** The connection of the project's own local Neo4j (scripts/neo4j): the default of every NEO4J_* setting. */
export interface Neo4jConnectionSettings {
  uri: string;
  username: string;
  password: string;
  /** The database to use (NEO4J_DATABASE); undefined: the server's default database. */
  database?: string;
}

/** The local server's Bolt port unless NEO4J_LOCAL_BOLT_PORT says otherwise. */
export const DEFAULT_LOCAL_BOLT_PORT = 7687;

/** The Bolt URI of the local server on a port (loopback only). */
export function localBoltUri(port: number = DEFAULT_LOCAL_BOLT_PORT): string {
  return `bolt://127.0.0.1:${port}`;
}

export const LOCAL_NEO4J: Neo4jConnectionSettings = {
  uri: localBoltUri(),
  username: "neo4j",
  password: "miit-graph-local",
};

/**
 * The local server's connection for a raw NEO4J_LOCAL_BOLT_PORT value (unset or empty: the default port).
 * Every entry point (ingest, serve, tests) takes its NEO4J_URI default from here, so that a server started on
 * another port by `npm run neo4j:start` is the one they talk to. Returns a problem text for an invalid port.
 */
export function localNeo4jConnection(rawBoltPort: string | undefined): Neo4jConnectionSettings | { problem: string } {
  if (rawBoltPort === undefined || rawBoltPort.trim() === "") return LOCAL_NEO4J;
  const port = Number(rawBoltPort.trim());
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
    return { problem: `NEO4J_LOCAL_BOLT_PORT must be a port number (1–65535), got "${rawBoltPort}"` };
  }
  return { ...LOCAL_NEO4J, uri: localBoltUri(port) };
}
