/** Connection settings for tests: scripts/test.ts exports NEO4J_* after starting (or finding) the server. */
export interface Neo4jTestSettings {
  uri: string;
  username: string;
  password: string;
}

export function neo4jSettingsFromEnv(): Neo4jTestSettings {
  return {
    uri: process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
    username: process.env.NEO4J_USERNAME ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "miit-graph-local",
  };
}
