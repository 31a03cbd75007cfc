/** Typed loader of the Cypher statements in cypher/queries/: every statement the product runs lives there. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { READ_QUERY_NAMES } from "./read-queries";
import { REVIEW_WRITE_QUERY_NAMES } from "./review-queries";
import { WRITE_QUERY_NAMES } from "./write-queries";

export const QUERY_NAMES = [...WRITE_QUERY_NAMES, ...READ_QUERY_NAMES, ...REVIEW_WRITE_QUERY_NAMES] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

const QUERY_DIR = fileURLToPath(new URL("./queries/", import.meta.url));
const cache = new Map<QueryName, string>();

/** Returns the text of the named statement, read once from `cypher/queries/<name>.cypher`. */
export function loadQuery(name: QueryName): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const text = readFileSync(`${QUERY_DIR}${name}.cypher`, "utf8");
  cache.set(name, text);
  return text;
}

/** Splits a multi-statement file (schema.cypher) into its statements; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Returns the statements of cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS). */
export function loadSchemaStatements(): string[] {
  return splitStatements(readFileSync(fileURLToPath(new URL("./schema.cypher", import.meta.url)), "utf8"));
}
