/** Connection settings for tests: scripts/test.ts exports NEO4J_* after starting (or finding) the server. */
import { LOCAL_NEO4J, type Neo4jConnectionSettings } from "../../cypher/local-neo4j";

export type Neo4jTestSettings = Neo4jConnectionSettings;

export function neo4jSettingsFromEnv(): Neo4jTestSettings {
  return {
    uri: process.env.NEO4J_URI ?? LOCAL_NEO4J.uri,
    username: process.env.NEO4J_USERNAME ?? LOCAL_NEO4J.username,
    password: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J.password,
  };
}
