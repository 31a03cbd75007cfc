/** GET /api/paths against the real Neo4j with the corpus ingested: shortest paths over facts, with evidence. */
import type { FastifyInstance } from "fastify";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, PathsResponse } from "../../web/shared/api-types";
import { PATH_LIMIT } from "../../web/server/routes/paths";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { json, loadCorpus, testServer } from "./fixtures/api-setup";

let app: FastifyInstance;

beforeAll(async () => {
  await loadCorpus();
  app = await testServer();
});

afterAll(async () => {
  await app?.close();
});

const get = async <T>(query: Record<string, string>) => {
  const response = await app.inject({ method: "GET", url: "/api/paths", query });
  return { status: response.statusCode, body: json<T>(response) };
};

/** The length of the shortest fact path, read straight from Neo4j (independent of the route's query). */
async function shortestLength(from: string, to: string): Promise<number | null> {
  const s = neo4jSettingsFromEnv();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password));
  try {
    const { records } = await driver.executeQuery(
      "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[:OWNS|HOLDS|COLLABORATES|PART_OF*..10]-(b)) RETURN length(p) AS n",
      { from, to },
    );
    const n: unknown = records[0]?.get("n");
    return neo4j.isInt(n) ? n.toNumber() : null;
  } finally {
    await driver.close();
  }
}

const MIAO = "person:苗圩";
const QIANGJI = "program:工业强基工程";

describe("GET /api/paths", () => {
  it("finds the shortest paths from 苗圩 to 工业强基工程, each step with its facts' evidence and documents", async () => {
    const { status, body } = await get<PathsResponse>({ from: MIAO, to: QIANGJI });
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: MIAO, to: QIANGJI, max: 6, truncated: false });
    expect(body.paths.length).toBeGreaterThan(0);
    const hops = await shortestLength(MIAO, QIANGJI);
    for (const path of body.paths) {
      expect(path.steps).toHaveLength(hops ?? -1);
      expect(path.nodes[0]?.id).toBe(MIAO);
      expect(path.nodes.at(-1)?.id).toBe(QIANGJI);
      path.steps.forEach((step, i) => {
        expect(step.from).toBe(path.nodes[i]?.id);
        expect(step.to).toBe(path.nodes[i + 1]?.id);
        expect(["OWNS", "HOLDS", "COLLABORATES", "PART_OF"]).toContain(step.type);
        expect(step.relationships.length).toBeGreaterThan(0);
      });
    }
    const evidence = body.paths.flatMap((p) => p.steps.flatMap((s) => s.evidence));
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.text.length > 0 && e.docId.startsWith("doc:"))).toBe(true);
    expect(evidence.some((e) => e.docTitle !== undefined)).toBe(true);
    // The canvas gets every node and relationship of the paths.
    const nodeKeys = new Set(body.graph.nodes.map((n) => n.key));
    const edgeKeys = new Set(body.graph.edges.map((e) => e.key));
    for (const path of body.paths) {
      for (const n of path.nodes) expect(nodeKeys.has(n.id)).toBe(true);
      for (const s of path.steps) for (const r of s.relationships) expect(edgeKeys.has(r)).toBe(true);
    }
  });

  it("lists the facts of every year on a hop in one step, in the direction they point", async () => {
    const { body } = await get<PathsResponse>({ from: QIANGJI, to: MIAO });
    const steps = body.paths.flatMap((p) => p.steps);
    const holds = steps.find((s) => s.type === "HOLDS");
    expect(holds?.direction).toBe("backward");
    expect(holds?.to).toBe(MIAO);
    for (const step of steps) {
      expect(step.years).toEqual([...new Set(step.years)].sort((a, b) => a - b));
      if (step.year !== undefined) expect(step.years).toEqual([step.year]);
    }
  });

  it("answers an empty list when no path is within max steps", async () => {
    const hops = await shortestLength(MIAO, QIANGJI);
    expect(hops).toBeGreaterThan(1);
    const { status, body } = await get<PathsResponse>({ from: MIAO, to: QIANGJI, max: String((hops ?? 2) - 1) });
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
    expect(body.graph.nodes).toEqual([]);
    expect(body.truncated).toBe(false);
  });

  it("never goes through a document", async () => {
    const { body } = await get<PathsResponse>({ from: "bureau:规划司", to: "ministry:财政部", max: "10" });
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.flatMap((p) => p.nodes).some((n) => n.label === "Document")).toBe(false);
    expect(body.paths.length).toBeLessThanOrEqual(PATH_LIMIT);
  });

  it("answers 400 for a missing id, the same id twice, or max outside 1..10", async () => {
    const bad: Record<string, string>[] = [
      { from: MIAO },
      { from: MIAO, to: MIAO },
      { from: MIAO, to: QIANGJI, max: "0" },
      { from: MIAO, to: QIANGJI, max: "11" },
      { from: MIAO, to: QIANGJI, max: "2; MATCH (n) DETACH DELETE n" },
    ];
    for (const query of bad) {
      const { status, body } = await get<ApiError>(query);
      expect(status, JSON.stringify(query)).toBe(400);
      expect(body.error.code).toBe("invalid_request");
    }
  });

  it("answers 404 naming the unknown id", async () => {
    const { status, body } = await get<ApiError>({ from: MIAO, to: "program:没有这个项目" });
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("program:没有这个项目");
  });
});
