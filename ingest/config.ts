/** Ingest configuration: the only module that reads the environment (NEO4J_*), validated with zod. */
import { z } from "zod";
import { LOCAL_NEO4J, localNeo4jConnection, type Neo4jConnectionSettings } from "../cypher/local-neo4j";
import { ConfigError } from "./errors";

export type Neo4jSettings = Neo4jConnectionSettings;

export const DEFAULT_NEO4J_SETTINGS: Neo4jSettings = LOCAL_NEO4J;

const emptyAsUndefined = (value: unknown): unknown => (value === "" ? undefined : value);

const EnvSchema = z.object({
  NEO4J_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, "must look like bolt://host:port or neo4j://host:port")
      .optional(),
  ),
  NEO4J_USERNAME: z.preprocess(emptyAsUndefined, z.string().min(1).default(DEFAULT_NEO4J_SETTINGS.username)),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(1).default(DEFAULT_NEO4J_SETTINGS.password)),
  // Neo4j's rule for database names: a letter first, then letters, digits, dots and dashes, at most 63.
  NEO4J_DATABASE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, "must be a database name (a letter, then letters, digits, '.' or '-')")
      .optional(),
  ),
});

export interface IngestConfig {
  neo4j: Neo4jSettings;
}

/**
 * Reads NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE (defaults: the project's local server, on
 * NEO4J_LOCAL_BOLT_PORT when set, see .env.example) and throws a ConfigError listing every invalid variable.
 */
export function loadIngestConfig(env: Record<string, string | undefined> = process.env): IngestConfig {
  const parsed = EnvSchema.safeParse(env);
  const local = localNeo4jConnection(env.NEO4J_LOCAL_BOLT_PORT);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  // The port only matters when it decides the URI.
  if ("problem" in local && (!parsed.success || parsed.data.NEO4J_URI === undefined)) problems.push(local.problem);
  if (!parsed.success || problems.length > 0) throw new ConfigError("config", undefined, `invalid environment: ${problems.join("; ")}`);
  return {
    neo4j: {
      uri: parsed.data.NEO4J_URI ?? ("problem" in local ? DEFAULT_NEO4J_SETTINGS.uri : local.uri),
      username: parsed.data.NEO4J_USERNAME,
      password: parsed.data.NEO4J_PASSWORD,
      ...(parsed.data.NEO4J_DATABASE === undefined ? {} : { database: parsed.data.NEO4J_DATABASE.toLowerCase() }),
    },
  };
}
