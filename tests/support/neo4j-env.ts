/** Connection settings for tests: scripts/test.ts exports NEO4J_* after starting (or finding) the server. */
import { LOCAL_NEO4J, localNeo4jConnection, type Neo4jConnectionSettings } from "../../cypher/local-neo4j";

export type Neo4jTestSettings = Neo4jConnectionSettings;

/** NEO4J_* when set, else the local server on NEO4J_LOCAL_BOLT_PORT (vitest run by hand must not reach 7687 by mistake). */
export function neo4jSettingsFromEnv(): Neo4jTestSettings {
  const local = localNeo4jConnection(process.env.NEO4J_LOCAL_BOLT_PORT);
  if ("problem" in local) throw new Error(local.problem);
  return {
    uri: process.env.NEO4J_URI ?? local.uri,
    username: process.env.NEO4J_USERNAME ?? LOCAL_NEO4J.username,
    password: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J.password,
  };
}
