import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphNode, GraphRelationship, NodeLabel } from "../../cypher/model";
import { LoadError } from "../../ingest/errors";
import type { DocumentGraph } from "../../ingest/model";
import { openGraphStore, type GraphStore } from "../../ingest/neo4j/graph-store";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { cleanDatabase, query, testDriver, unparallelFacts } from "./ingest-support";

let driver: Driver;
let store: GraphStore;

function node(label: NodeLabel, id: string, extra: Record<string, unknown> = {}): GraphNode {
  return { id, labels: [label], properties: { id, name: id.split(":")[1] ?? id, aliases: [], ...extra } } as GraphNode;
}

function owns(docId: string, start: string, end: string, year: number | undefined, sentence: string, at = 0, method = "explicit-subject", confidence = 0.9): GraphRelationship {
  const properties = { evidence: [sentence], evidenceDocIds: [docId], evidenceStarts: [at], evidenceEnds: [at + sentence.length], extractedBy: [method], confidence: [confidence], docIds: [docId], count: 1 };
  return { type: "OWNS", start, end, properties: year === undefined ? properties : { ...properties, year } } as GraphRelationship;
}

/** A document graph: its Document node, the given entity nodes mentioned once each, and the given facts. */
function documentGraph(docId: string, sha256: string, entities: GraphNode[], facts: GraphRelationship[], extra: Record<string, unknown> = {}): DocumentGraph {
  const file = `${docId.slice(4)}.txt`;
  return {
    docId,
    file,
    sha256,
    nodes: [node("Document", docId, { file, sha256, source: true, year: 2017, ...extra }), ...entities],
    relationships: [...entities.map((e) => ({ type: "MENTIONS", start: docId, end: e.id, properties: { count: 1 } }) as GraphRelationship), ...facts],
  };
}

const BUREAU = node("Bureau", "bureau:规划司");
const MINISTRY = node("Ministry", "ministry:工业和信息化部");
const PROGRAM = node("Program", "program:工业强基工程");
const ONLY_A = node("Program", "program:只在A中");
const partOf: GraphRelationship = { type: "PART_OF", start: BUREAU.id, end: MINISTRY.id, properties: {} };

const docA = documentGraph("doc:a", "sha-a1", [BUREAU, MINISTRY, PROGRAM, ONLY_A], [
  partOf,
  owns("doc:a", BUREAU.id, PROGRAM.id, 2017, "规划司推进工业强基工程。"),
  owns("doc:a", BUREAU.id, ONLY_A.id, 2016, "规划司实施只在A中。", 20),
  owns("doc:a", BUREAU.id, PROGRAM.id, undefined, "规划司负责工业强基。", 40),
], { title: "旧标题" });
const docB = documentGraph("doc:b", "sha-b1", [BUREAU, MINISTRY, PROGRAM], [
  partOf,
  owns("doc:b", BUREAU.id, PROGRAM.id, 2017, "规划司继续实施工业强基工程。", 5, "topic-chain", 0.75),
  owns("doc:b", BUREAU.id, PROGRAM.id, undefined, "规划司牵头工业强基。", 9),
]);

async function ownsRows() {
  return query<{ end: string; year: number | null; evidence: string[]; docIds: string[]; count: number; extractedBy: string[]; confidence: number[] }>(
    driver,
    `MATCH (:Bureau {id: 'bureau:规划司'})-[r:OWNS]->(p)
     RETURN p.id AS end, r.year AS year, r.evidence AS evidence, r.docIds AS docIds, r.count AS count,
            r.extractedBy AS extractedBy, r.confidence AS confidence ORDER BY end, year`,
  );
}

/** evidence[i] with extractedBy[i] and confidence[i] of a row, sorted: what "parallel" promises. */
function provenance(row: { evidence: string[]; extractedBy: string[]; confidence: number[] } | undefined): string[] {
  return (row?.evidence ?? []).map((text, i) => `${text} ${row?.extractedBy[i]} ${row?.confidence[i]}`).sort();
}

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  store = await openGraphStore(neo4jSettingsFromEnv());
  await store.applySchema();
});
afterAll(async () => {
  await store?.close();
  await driver?.close();
});

describe("GraphStore.writeDocumentGraph", () => {
  it("merges facts from two documents into one OWNS per (org, program, year), evidence from both", async () => {
    expect((await store.writeDocumentGraph(docA)).status).toBe("loaded");
    expect((await store.writeDocumentGraph(docB)).status).toBe("loaded");
    await store.updateProgramYears();
    const rows = await ownsRows();
    expect(rows).toHaveLength(3);
    const shared = rows.find((r) => r.end === PROGRAM.id && r.year === 2017);
    expect(shared).toMatchObject({ count: 2, docIds: ["doc:a", "doc:b"] });
    expect(provenance(shared)).toEqual(["规划司推进工业强基工程。 explicit-subject 0.9", "规划司继续实施工业强基工程。 topic-chain 0.75"].sort());
    expect(await unparallelFacts(driver)).toEqual([]);
    expect(rows.find((r) => r.end === PROGRAM.id && r.year === null)).toMatchObject({ count: 2, docIds: ["doc:a", "doc:b"] });
    const [years] = await query(driver, "MATCH (p:Program {id: $id}) RETURN p.firstYear AS first, p.lastYear AS last, valueType(p.firstYear) AS type", { id: PROGRAM.id });
    expect(years).toEqual({ first: 2017, last: 2017, type: "INTEGER NOT NULL" });
    const [labels] = await query(driver, "MATCH (n {id: $id}) RETURN labels(n) AS labels", { id: BUREAU.id });
    expect((labels?.labels as string[]).sort()).toEqual(["Bureau", "Entity"]);
  });

  it("skips a document whose sha256 is already loaded, writing nothing", async () => {
    const result = await store.writeDocumentGraph(docA);
    expect(result).toMatchObject({ status: "unchanged", nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
  });

  it("reloads an unchanged file whose extraction changed (a new extractor), then skips it again", async () => {
    const reExtracted = { ...docA, relationships: docA.relationships.filter((r) => r.type !== "OWNS") };
    expect((await store.writeDocumentGraph(reExtracted)).status).toBe("replaced");
    expect(await ownsRows()).not.toContainEqual(expect.objectContaining({ docIds: ["doc:a", "doc:b"] }));
    expect((await store.writeDocumentGraph(docA)).status).toBe("replaced");
    expect((await store.writeDocumentGraph(docA)).status).toBe("unchanged");
    await store.updateProgramYears();
  });

  it("replaces a changed document's share and keeps the other document's", async () => {
    const changed = documentGraph("doc:a", "sha-a2", [BUREAU, PROGRAM], [owns("doc:a", BUREAU.id, PROGRAM.id, 2018, "规划司2018年推进工业强基工程。")]);
    expect((await store.writeDocumentGraph(changed)).status).toBe("replaced");
    await store.updateProgramYears();
    const rows = await ownsRows();
    expect(rows.map((r) => [r.end, r.year, r.count, r.docIds])).toEqual([
      [PROGRAM.id, 2017, 1, ["doc:b"]],
      [PROGRAM.id, 2018, 1, ["doc:a"]],
      [PROGRAM.id, null, 1, ["doc:b"]],
    ]);
    expect(rows[0]?.evidence).toEqual(["规划司继续实施工业强基工程。"]);
    expect(provenance(rows[0])).toEqual(["规划司继续实施工业强基工程。 topic-chain 0.75"]);
    expect(await unparallelFacts(driver)).toEqual([]);
    const [orphan] = await query<{ n: number }>(driver, "MATCH (n {id: $id}) RETURN count(n) AS n", { id: ONLY_A.id });
    expect(orphan?.n).toBe(0);
    const [partOfRow] = await query(driver, "MATCH (:Bureau)-[r:PART_OF]->(:Ministry) RETURN r.docIds AS docIds");
    expect(partOfRow?.docIds).toEqual(["doc:b"]);
    const [doc] = await query(driver, "MATCH (d:Document {id: 'doc:a'}) RETURN d.title AS title, d.sha256 AS sha256");
    expect(doc).toEqual({ title: null, sha256: "sha-a2" });
    const [years] = await query(driver, "MATCH (p:Program {id: $id}) RETURN p.firstYear AS first, p.lastYear AS last", { id: PROGRAM.id });
    expect(years).toEqual({ first: 2017, last: 2018 });
  });

  it("rolls a failing document back whole: none of its nodes or relationships stay", async () => {
    const fresh = node("Program", "program:回滚测试");
    const bad = owns("doc:c", BUREAU.id, fresh.id, 2017, "坏的证据");
    (bad.properties as unknown as Record<string, unknown>).evidence = [{ nested: "maps are not property values" }];
    const failing = documentGraph("doc:c", "sha-c1", [BUREAU, fresh], [bad]);
    await expect(store.writeDocumentGraph(failing)).rejects.toBeInstanceOf(LoadError);
    const dangling = documentGraph("doc:d", "sha-d1", [fresh], [owns("doc:d", "bureau:不存在", fresh.id, 2017, "无")]);
    await expect(store.writeDocumentGraph(dangling)).rejects.toBeInstanceOf(LoadError);
    const [left] = await query<{ n: number }>(driver, "MATCH (n) WHERE n.id IN ['doc:c', 'doc:d', $id] RETURN count(n) AS n", { id: fresh.id });
    expect(left?.n).toBe(0);
    const [mentions] = await query<{ n: number }>(driver, "MATCH (:Document)-[m:MENTIONS]->(:Bureau) RETURN count(m) AS n");
    expect(mentions?.n).toBe(2);
  });
});

describe("GraphStore.writeDocumentGraphs", () => {
  it("loads the good documents of a batch with a bad one, found by splitting the batch in halves", async () => {
    const fresh = node("Program", "program:分批测试");
    const good = (id: string) => documentGraph(id, `sha-${id}`, [BUREAU, fresh], [owns(id, BUREAU.id, fresh.id, 2019, `规划司推进分批测试${id}。`)]);
    const bad = documentGraph("doc:batch-bad", "sha-bad", [fresh], [owns("doc:batch-bad", "bureau:不存在", fresh.id, 2019, "无")]);
    const result = await store.writeDocumentGraphs([good("doc:batch-1"), good("doc:batch-2"), bad, good("doc:batch-3")]);
    expect(result.splits).toBeGreaterThan(0);
    expect(result.outcomes.map((o) => ("error" in o ? `${o.docId} error` : `${o.docId} ${o.status}`))).toEqual([
      "doc:batch-1 loaded",
      "doc:batch-2 loaded",
      "doc:batch-bad error",
      "doc:batch-3 loaded",
    ]);
    const [owned] = await query<{ docIds: string[] }>(driver, "MATCH (:Bureau {id: $b})-[r:OWNS]->(:Program {id: $p}) RETURN r.docIds AS docIds", { b: BUREAU.id, p: fresh.id });
    expect([...(owned?.docIds ?? [])].sort()).toEqual(["doc:batch-1", "doc:batch-2", "doc:batch-3"]);
    for (const id of ["doc:batch-1", "doc:batch-2", "doc:batch-3"]) await store.removeDocument(id);
  });
});

describe("GraphStore on a database loaded before extractedBy/confidence existed", () => {
  it("pads an old fact's lists as unknown when a document adds to it, and keeps them parallel when one leaves", async () => {
    const oldProgram = node("Program", "program:旧库项目");
    const oldDoc = documentGraph("doc:old", "sha-old", [BUREAU, oldProgram], [owns("doc:old", BUREAU.id, oldProgram.id, 2015, "规划司推进旧库项目。")]);
    await store.writeDocumentGraph(oldDoc);
    // What an older loader left behind: no extractedBy, no confidence.
    await driver.executeQuery("MATCH ()-[r:OWNS]->(:Program {id: $id}) REMOVE r.extractedBy, r.confidence", { id: oldProgram.id });
    const newer = documentGraph("doc:new", "sha-new", [BUREAU, oldProgram], [
      owns("doc:new", BUREAU.id, oldProgram.id, 2015, "规划司继续推进旧库项目。", 3, "section-owner", 1),
    ]);
    await store.writeDocumentGraph(newer);
    const read = async () => (await ownsRows()).find((r) => r.end === oldProgram.id);
    expect(provenance(await read())).toEqual(["规划司推进旧库项目。  -1", "规划司继续推进旧库项目。 section-owner 1"].sort());
    const [types] = await query(driver, "MATCH ()-[r:OWNS]->(:Program {id: $id}) RETURN valueType(r.confidence) AS type", { id: oldProgram.id });
    expect(types?.type).toBe("LIST<FLOAT NOT NULL> NOT NULL");
    await store.removeDocument("doc:old");
    expect(provenance(await read())).toEqual(["规划司继续推进旧库项目。 section-owner 1"]);
    expect(await unparallelFacts(driver)).toEqual([]);
    await store.removeDocument("doc:new");
  });
});

describe("GraphStore.removeDocument", () => {
  it("sets a program's first and last year in the transaction that writes its facts", async () => {
    const fresh = node("Program", "program:年份测试工程");
    const doc = documentGraph("doc:years", "sha-years", [BUREAU, fresh], [owns("doc:years", BUREAU.id, fresh.id, 2019, "规划司2019年实施年份测试工程。"), owns("doc:years", BUREAU.id, fresh.id, 2021, "规划司2021年继续实施年份测试工程。", 20)]);
    expect((await store.writeDocumentGraph(doc)).status).toBe("loaded");
    // No updateProgramYears call: a reader sees the years as soon as the document's transaction commits.
    const [years] = await query(driver, "MATCH (p:Program {id: $id}) RETURN p.firstYear AS first, p.lastYear AS last", { id: fresh.id });
    expect(years).toEqual({ first: 2019, last: 2021 });
    await store.removeDocument("doc:years");
  });

  it("removes a document and everything only it supported", async () => {
    await store.removeDocument("doc:b");
    const rows = await ownsRows();
    expect(rows.map((r) => [r.year, r.docIds])).toEqual([[2018, ["doc:a"]]]);
    const [partOfCount] = await query<{ n: number }>(driver, "MATCH ()-[r:PART_OF]->() RETURN count(r) AS n");
    expect(partOfCount?.n).toBe(0);
    const ids = (await query<{ id: string }>(driver, "MATCH (n) RETURN n.id AS id ORDER BY id")).map((r) => r.id);
    expect(ids).toEqual(["bureau:规划司", "doc:a", "program:工业强基工程"]);
  });
});
