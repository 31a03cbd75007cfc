/**
 * The extractor's fingerprint: a sha256 of the code that turns a file into a graph and of the gazetteer
 * files. A document loaded with the same file hash and the same fingerprint would extract to the same
 * graph, so a rerun (or a resumed ingest) need not read it again.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { bundledGazetteerPaths } from "./gazetteer/load-gazetteer";

const INGEST_DIR = import.meta.dirname;
/** The folders whose code decides a document's graph (ingest/neo4j, eval and the CLI do not). */
const EXTRACTION_CODE = ["extract", "gazetteer", "sources", "text"];
const ROOT_FILES = ["read-and-extract.ts", "model.ts", "errors.ts", join("..", "cypher", "model.ts")];

export function extractorFingerprint(extraGazetteers: readonly string[] = []): string {
  const hash = createHash("sha256");
  const files = [
    ...EXTRACTION_CODE.flatMap((dir) => listFiles(join(INGEST_DIR, dir))),
    ...ROOT_FILES.map((file) => join(INGEST_DIR, file)),
    ...bundledGazetteerPaths(),
  ];
  for (const file of [...new Set(files)].sort()) hash.update(`${relative(INGEST_DIR, file)}\u0000`).update(readFileSync(file)).update("\u0000");
  // Extra gazetteers by content, not path: the same file elsewhere extracts the same.
  for (const file of extraGazetteers) hash.update("extra\u0000").update(readFileSync(file)).update("\u0000");
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|ya?ml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
