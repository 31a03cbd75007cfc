/** The connection of the project's own local Neo4j (scripts/neo4j): the default of every NEO4J_* setting. */
export interface Neo4jConnectionSettings {
  uri: string;
  username: string;
  password: string;
}

export const LOCAL_NEO4J: Neo4jConnectionSettings = {
  uri: "bolt://127.0.0.1:7687",
  username: "neo4j",
  password: "miit-graph-local",
};
