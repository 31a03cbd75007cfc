import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY_SEPARATOR } from "../../cypher/fact-key";
import { mergeKey } from "../../ingest/neo4j/fact-keys";
import { extractPaths, ingestPaths, type IngestSummary } from "../../ingest/pipeline";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { EXTRACTION_METHODS } from "../../cypher/model";
import { cleanDatabase, countsByType, dumpGraph, query, testDriver, unparallelFacts } from "./ingest-support";

const CORPUS = join(import.meta.dirname, "..", "..", "corpus");
const CHANGED = "003_c9a3d1a1ab33e0bb.txt";
let driver: Driver;
let dir: string;
let first: IngestSummary;

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), "ingest-integration-"));
  first = await ingestPaths([CORPUS], { neo4j: neo4jSettingsFromEnv() });
});
afterAll(async () => {
  await driver?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ingestPaths into Neo4j", () => {
  it("loads the corpus: the database holds exactly the graph JSON's nodes and relationships", async () => {
    expect(first.skipped).toEqual([]);
    expect(first.load?.documents).toEqual({ loaded: 5, replaced: 0, unchanged: 0 });
    const counts = await countsByType(driver);
    expect(counts.nodes).toBe(first.nodes);
    // One relationship per MERGE key of the brief (HOLDS by person, org and title), whatever years the documents give.
    const { graph } = await extractPaths([CORPUS]);
    const expected: Record<string, number> = {};
    for (const key of new Set(graph.relationships.map(mergeKey))) {
      const type = key.split(KEY_SEPARATOR)[0] as string;
      expected[type] = (expected[type] ?? 0) + 1;
    }
    expect(counts.relationships).toEqual(expected);
  });

  it("stores the source documents, their mentions and the org chart, with every node also labelled Entity", async () => {
    const [doc] = await query(driver, "MATCH (d:Document:Entity {id: $id}) RETURN d.file AS file, d.sha256 AS sha256, d.source AS source", {
      id: "doc:003_c9a3d1a1ab33e0bb",
    });
    expect(doc).toMatchObject({ file: CHANGED, source: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const mentions = await query(driver, "MATCH (:Document {id: $id})-[m:MENTIONS]->(b:Bureau:Entity {id: 'bureau:规划司'}) RETURN m.count AS count", {
      id: "doc:003_c9a3d1a1ab33e0bb",
    });
    expect(mentions[0]?.count).toBeGreaterThan(0);
    const [withoutEntity] = await query<{ n: number }>(driver, "MATCH (n) WHERE NOT n:Entity RETURN count(n) AS n");
    expect(withoutEntity?.n).toBe(0);
    const [integers] = await query<{ n: number }>(driver, "MATCH ()-[r:MENTIONS]->() WHERE valueType(r.count) <> 'INTEGER NOT NULL' RETURN count(r) AS n");
    expect(integers?.n).toBe(0);
  });

  it("keeps every fact's evidence as parallel lists of its documents, OWNS count = size(evidence), years as integers", async () => {
    const [broken] = await query<{ n: number; total: number }>(
      driver,
      `MATCH ()-[r:OWNS|HOLDS|COLLABORATES]->()
       WITH count(r) AS total, collect(r) AS rels
       UNWIND rels AS r
       WITH total, r WHERE size(r.evidence) = 0
          OR size(r.evidenceDocIds) <> size(r.evidence) OR size(r.evidenceStarts) <> size(r.evidence) OR size(r.evidenceEnds) <> size(r.evidence)
          OR any(d IN r.evidenceDocIds WHERE NOT d IN r.docIds)
          OR (type(r) = 'OWNS' AND (r.count <> size(r.evidence) OR valueType(r.year) <> 'INTEGER NOT NULL'))
       RETURN count(r) AS n, total`,
    );
    expect(broken?.n ?? 0).toBe(0);
    expect(await unparallelFacts(driver)).toEqual([]);
    const [methods] = await query<{ methods: string[]; low: number; high: number; types: string[] }>(
      driver,
      `MATCH ()-[r:OWNS|HOLDS|COLLABORATES]->() UNWIND range(0, size(r.evidence) - 1) AS i
       RETURN collect(DISTINCT r.extractedBy[i]) AS methods, min(r.confidence[i]) AS low, max(r.confidence[i]) AS high,
              collect(DISTINCT valueType(r.confidence)) AS types`,
    );
    expect(methods?.methods.every((m) => (EXTRACTION_METHODS as readonly string[]).includes(m))).toBe(true);
    expect(methods?.low).toBeGreaterThan(0);
    expect(methods?.high).toBeLessThanOrEqual(1);
    expect(methods?.types).toEqual(["LIST<FLOAT NOT NULL> NOT NULL"]);
    const holds = await query(driver, "MATCH (:Person {name: '罗文'})-[h:HOLDS]->(:Bureau {name: '规划司'}) RETURN h.title AS title, h.docIds AS docIds");
    expect(holds).toContainEqual({ title: "司长", docIds: ["doc:003_c9a3d1a1ab33e0bb"] });
  });

  it("changes nothing when the same files are ingested again", async () => {
    const before = await dumpGraph(driver);
    const again = await ingestPaths([CORPUS], { neo4j: neo4jSettingsFromEnv() });
    expect(again.load?.documents).toEqual({ loaded: 0, replaced: 0, unchanged: 5 });
    expect(again.load).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("keeps a loaded document when another folder's different file of the same name comes, unless told to replace it", async () => {
    const before = await dumpGraph(driver);
    const other = join(dir, "other");
    await mkdir(other, { recursive: true });
    await writeFile(join(other, CHANGED), "工业和信息化部办公厅关于2019年工业互联网创新发展工程的通知\n2019年，规划司负责工业互联网创新发展工程。", "utf8");
    const refused = await ingestPaths([other], { neo4j: neo4jSettingsFromEnv() });
    expect(refused.skipped).toEqual([{ file: CHANGED, reason: expect.stringContaining("--replace") }]);
    expect(refused.load?.documents).toEqual({ loaded: 0, replaced: 0, unchanged: 0 });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("replaces a changed document's contribution and keeps the rest: the same graph as a fresh load of the new files", async () => {
    await cp(CORPUS, join(dir, "corpus"), { recursive: true });
    const path = join(dir, "corpus", CHANGED);
    const lines = (await readFile(path, "utf8")).split("\n");
    // Keep the first third of the document and shift its years: facts, mentions and evidence all change.
    const changed = lines.slice(0, Math.floor(lines.length / 3)).join("\n").replace(/2017年/g, "2018年");
    await writeFile(path, changed, "utf8");

    // The copy lives in another folder than the loaded corpus: replacing across folders is asked for.
    const incremental = await ingestPaths([join(dir, "corpus")], { neo4j: neo4jSettingsFromEnv(), replace: true });
    expect(incremental.load?.documents).toEqual({ loaded: 0, replaced: 1, unchanged: 4 });
    // Aliases only grow: a surface form the old version used stays an alias (documented in the loader).
    // Origins differ by design: the four unchanged documents were loaded from the first folder.
    const afterReplace = await dumpGraph(driver, { aliases: false, origins: false });
    expect(await unparallelFacts(driver)).toEqual([]);

    await cleanDatabase(driver);
    await ingestPaths([join(dir, "corpus")], { neo4j: neo4jSettingsFromEnv() });
    expect(afterReplace).toEqual(await dumpGraph(driver, { aliases: false, origins: false }));
    // The summary counts the documents read: here only the changed one; the other four were not read again.
    expect(incremental.unread).toBe(4);
    expect((await countsByType(driver)).nodes).toBe((await extractPaths([join(dir, "corpus")])).graph.nodes.length);

    // The same file edited in place replaces its document without being asked.
    await writeFile(path, `${changed}\n2018年，规划司负责工业互联网创新发展工程。`, "utf8");
    const edited = await ingestPaths([join(dir, "corpus")], { neo4j: neo4jSettingsFromEnv() });
    expect(edited.skipped).toEqual([]);
    expect(edited.load?.documents).toEqual({ loaded: 0, replaced: 1, unchanged: 4 });
  });
});
