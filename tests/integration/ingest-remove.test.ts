/** `npm run ingest -- --remove`: a removed document leaves the graph a fresh load of the other files gives. */
import { cp, mkdtemp, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_OK, EXIT_SKIPPED, runCli } from "../../ingest/cli";
import { ingestPaths } from "../../ingest/pipeline";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { cleanDatabase, dumpGraph, query, testDriver, unparallelFacts } from "./ingest-support";

const CORPUS = join(import.meta.dirname, "..", "..", "corpus");
const REMOVED = "003_c9a3d1a1ab33e0bb.txt";
let driver: Driver;
let dir: string;

function capture(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) });
  return { stream, text: () => text };
}

async function cli(argv: string[]): Promise<{ code: number; out: string }> {
  const out = capture();
  const err = capture();
  const s = neo4jSettingsFromEnv();
  const code = await runCli(argv, { stdout: out.stream, stderr: err.stream, env: { NEO4J_URI: s.uri, NEO4J_USERNAME: s.username, NEO4J_PASSWORD: s.password } });
  return { code, out: out.text() + err.text() };
}

beforeAll(async () => {
  driver = testDriver();
  dir = await mkdtemp(join(tmpdir(), "ingest-remove-"));
  await cp(CORPUS, join(dir, "corpus"), { recursive: true });
});
afterAll(async () => {
  await driver?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ingest --remove", () => {
  it("takes a document named by its file out and leaves the graph of the other four", async () => {
    await cleanDatabase(driver);
    await ingestPaths([join(dir, "corpus")], { neo4j: neo4jSettingsFromEnv() });
    const removed = await cli(["--remove", join(dir, "corpus", REMOVED)]);
    expect(removed.code, removed.out).toBe(EXIT_OK);
    expect(removed.out).toMatch(/removed 1 of 1 document/);
    expect(removed.out).toMatch(/doc:003_c9a3d1a1ab33e0bb: removed \(nodes −\d+, relationships −\d+\)/);
    const afterRemove = await dumpGraph(driver, { aliases: false });
    expect(await unparallelFacts(driver)).toEqual([]);
    const disagreeing = await query<{ n: number }>(
      driver,
      "MATCH (p:Program) OPTIONAL MATCH ()-[r:OWNS]->(p) WITH p, min(r.year) AS f, max(r.year) AS l WHERE coalesce(p.firstYear, -1) <> coalesce(f, -1) OR coalesce(p.lastYear, -1) <> coalesce(l, -1) RETURN count(p) AS n",
    );
    expect(disagreeing[0]?.n).toBe(0);

    await cleanDatabase(driver);
    await unlink(join(dir, "corpus", REMOVED));
    await ingestPaths([join(dir, "corpus")], { neo4j: neo4jSettingsFromEnv() });
    expect(afterRemove).toEqual(await dumpGraph(driver, { aliases: false }));
  });

  it("says which names match no loaded document, by id or file, and exits 2 without changing anything", async () => {
    const before = await dumpGraph(driver);
    const result = await cli(["--remove", "doc:no-such-document", "--remove", "somewhere/never-loaded.txt"]);
    expect(result.code).toBe(EXIT_SKIPPED);
    expect(result.out).toMatch(/removed 0 of 2 documents/);
    expect(result.out).toMatch(/doc:no-such-document: not removed: no loaded document has the id doc:no-such-document/);
    expect(result.out).toMatch(/never-loaded\.txt: not removed: no loaded document has the id doc:never-loaded/);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("refuses --remove with --no-db", async () => {
    const result = await cli(["--no-db", "--remove", "doc:x"]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/--remove changes Neo4j and cannot go with --no-db/);
  });
});
