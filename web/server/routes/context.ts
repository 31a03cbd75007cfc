/** What every route module gets: the Neo4j client, the config and shared caches; plus input validation helpers. */
import { z } from "zod";
import type { ServerConfig } from "../config";
import { InvalidRequestError } from "../errors";
import type { JsonObject } from "../json";
import type { Neo4jClient } from "../neo4j/client";
import type { EncodedBody } from "../encoded-body";
import type { NameIndexCache } from "../search/name-index";
import type { StampCache } from "../stamp-cache";

export interface ApiContext {
  config: ServerConfig;
  client: Neo4jClient;
  nameIndex: NameIndexCache;
  /** Whole answers (overviews, drill-downs) kept while the data stamp holds. */
  answers: StampCache<EncodedBody>;
}

/** Validates a request part with zod; a failure is a 400 whose message lists every problem by parameter. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.join(".");
    return path.length > 0 ? `${path}: ${issue.message}` : issue.message;
  });
  throw new InvalidRequestError(`Invalid ${what}: ${problems.join("; ")}`, { cause: parsed.error });
}

/** A JSON object as produced by the neo4j/ value converter. */
export const jsonObject = z.custom<JsonObject>((v) => typeof v === "object" && v !== null && !Array.isArray(v), "expected a map");

/** A node id route parameter (`bureau:规划司`). */
export const nodeIdParams = z.object({
  id: z.string().trim().min(1, "the node id is empty").max(500, "the node id is longer than 500 characters"),
});

/** The fields of a plain node row (key, labels, properties) that several queries return. */
export const nodeRow = z.object({ key: z.string(), labels: z.array(z.string()), properties: jsonObject });
