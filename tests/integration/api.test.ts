import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ApiError,
  ApiGraph,
  CypherResponse,
  DrillDownResponse,
  ExamplesResponse,
  HealthResponse,
  NodeResponse,
  SchemaResponse,
  SearchResponse,
  YearHistogramResponse,
} from "../../web/shared/api-types";
import { json, loadCorpus, testServer } from "./fixtures/api-setup";

let app: FastifyInstance;

beforeAll(async () => {
  await loadCorpus();
  app = await testServer();
});

afterAll(async () => {
  await app?.close();
});

const get = async <T>(url: string) => {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, body: json<T>(response) };
};

describe("GET /api/health", () => {
  it("reports Neo4j's version, edition and counts by label and type", async () => {
    const { status, body } = await get<HealthResponse>("/api/health");
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.neo4j).toMatchObject({ reachable: true, edition: "community" });
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.counts?.byLabel["Bureau"]).toBeGreaterThan(10);
    expect(body.counts?.byType["OWNS"]).toBeGreaterThan(10);
    expect(body.counts?.nodes).toBeGreaterThan(0);
  });
});

describe("GET /api/graph", () => {
  const owns = (graph: ApiGraph) => graph.edges.filter((e) => e.attributes.type === "OWNS");

  it("returns every node and relationship by default, in graphology's format", async () => {
    const { status, body } = await get<ApiGraph>("/api/graph");
    expect(status).toBe(200);
    expect(body.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
    const keys = new Set(body.nodes.map((n) => n.key));
    expect(keys.has("bureau:规划司")).toBe(true);
    for (const edge of body.edges) expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
  });

  it("keeps only OWNS facts of the year range, and undated relationships always", async () => {
    const all = (await get<ApiGraph>("/api/graph")).body;
    const only2017 = (await get<ApiGraph>("/api/graph?from=2017&to=2017")).body;
    expect(owns(only2017).length).toBeGreaterThan(0);
    expect(owns(only2017).length).toBeLessThan(owns(all).length);
    expect(owns(only2017).every((e) => e.attributes.year === 2017)).toBe(true);
    const partOf = (g: ApiGraph) => g.edges.filter((e) => e.attributes.type === "PART_OF").length;
    expect(partOf(only2017)).toBe(partOf(all));
  });

  it("filters by labels and types", async () => {
    const { body } = await get<ApiGraph>("/api/graph?labels=Bureau,Program&types=OWNS");
    expect(new Set(body.nodes.map((n) => n.attributes.label))).toEqual(new Set(["Bureau", "Program"]));
    expect(new Set(body.edges.map((e) => e.attributes.type))).toEqual(new Set(["OWNS"]));
  });

  it("answers 400 with a message for an impossible year or unknown label", async () => {
    const bad = await get<ApiError>("/api/graph?from=1800&labels=Bureau,Planet");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
    expect(bad.body.error.message).toMatch(/1949/);
    expect(bad.body.error.message).toMatch(/Planet/);
  });
});

describe("GET /api/years", () => {
  it("counts dated facts per year and type", async () => {
    const { body } = await get<YearHistogramResponse>("/api/years");
    const y2017 = body.years.find((y) => y.year === 2017);
    expect(y2017?.byType["OWNS"]).toBeGreaterThan(0);
    expect(body.years.map((y) => y.year)).toEqual([...body.years.map((y) => y.year)].sort((a, b) => a - b));
  });
});

describe("GET /api/search", () => {
  const first = async (q: string) => (await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`)).body.results[0];

  it("finds a bureau by its Chinese name", async () => {
    expect(await first("规划司")).toMatchObject({ id: "bureau:规划司", label: "Bureau", matched: "规划司" });
  });

  it("finds a person by the reading of a polyphonic name the context guess missed (苗圩: miaowei)", async () => {
    expect(await first("miaowei")).toMatchObject({ id: "person:苗圩", label: "Person" });
  });

  it("finds a bureau by its name in traditional characters", async () => {
    expect(await first("規劃司")).toMatchObject({ id: "bureau:规划司", label: "Bureau" });
  });

  it("finds 工业强基工程 by pinyin initials and by full pinyin", async () => {
    expect(await first("gyqj")).toMatchObject({ id: "program:工业强基工程", matched: "gyqj" });
    expect(await first("gongyeqiangji")).toMatchObject({ id: "program:工业强基工程", matched: "gongyeqiangji" });
  });

  it("finds an entity by its English name", async () => {
    expect(await first("Department of Planning")).toMatchObject({ id: "bureau:规划司" });
  });

  it("treats Lucene syntax as text and refuses an empty query", async () => {
    const specials = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('规划司") OR *:* AND [')}`);
    expect(specials.status).toBe(200);
    const empty = await get<ApiError>("/api/search?q=%20");
    expect(empty.status).toBe(400);
  });

  it("returns at most 20 results", async () => {
    expect((await get<SearchResponse>("/api/search?q=司")).body.results.length).toBeLessThanOrEqual(20);
  });
});

describe("GET /api/nodes/:id", () => {
  it("returns a node and 404 for an unknown id", async () => {
    const found = await get<NodeResponse>(`/api/nodes/${encodeURIComponent("bureau:规划司")}`);
    expect(found.body.node).toMatchObject({ id: "bureau:规划司", label: "Bureau", name: "规划司", nameEn: "Department of Planning" });
    const missing = await get<ApiError>(`/api/nodes/${encodeURIComponent("bureau:不存在司")}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
  });

  it("returns the 1-hop neighbourhood with the node itself", async () => {
    const { body } = await get<ApiGraph>(`/api/nodes/${encodeURIComponent("bureau:规划司")}/neighbours`);
    expect(body.nodes.some((n) => n.key === "bureau:规划司")).toBe(true);
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e) => e.source === "bureau:规划司" || e.target === "bureau:规划司")).toBe(true);
  });
});

describe("GET /api/bureaus/:id", () => {
  it("shows 规划司's programs by year with evidence sentences and document titles", async () => {
    const { status, body } = await get<DrillDownResponse>(`/api/bureaus/${encodeURIComponent("bureau:规划司")}`);
    expect(status).toBe(200);
    const qiangji = body.programs.find((p) => p.id === "program:工业强基工程");
    expect(qiangji?.cells.map((c) => c.year)).toContain(2013);
    const cell = qiangji?.cells[0];
    expect(cell?.evidence.length).toBeGreaterThan(0);
    expect(cell?.evidence[0]?.docId).toMatch(/^doc:/);
    expect(cell?.evidence[0]?.docTitle).toBeTruthy();
    expect(body.years).toEqual(expect.arrayContaining([2013, 2017]));
    expect(body.documents.length).toBeGreaterThan(0);
  });

  it("lists the owners of a program by year", async () => {
    const { body } = await get<DrillDownResponse>(`/api/bureaus/${encodeURIComponent("program:工业强基工程")}`);
    const planning = body.owners.find((o) => o.id === "bureau:规划司");
    expect(planning?.years).toEqual(expect.arrayContaining([2013, 2014, 2017]));
    expect(planning?.evidence?.length).toBeGreaterThan(0);
  });

  it("lists collaborators in both directions with years and evidence", async () => {
    const { body } = await get<DrillDownResponse>(`/api/bureaus/${encodeURIComponent("ministry:财政部")}`);
    expect(body.collaborators.length).toBeGreaterThan(0);
    for (const c of body.collaborators) {
      expect(c.years.length).toBeGreaterThan(0);
      expect(c.evidence.length).toBeGreaterThan(0);
    }
  });

  it("lists a person's posts", async () => {
    const { body } = await get<DrillDownResponse>(`/api/bureaus/${encodeURIComponent("person:苗圩")}`);
    expect(body.posts?.some((p) => p.id === "ministry:工业和信息化部" && p.title === "部长")).toBe(true);
  });
});

describe("GET /api/schema and /api/examples", () => {
  it("lists labels, relationship types and property keys", async () => {
    const { body } = await get<SchemaResponse>("/api/schema");
    expect(body.labels).toEqual(expect.arrayContaining(["Bureau", "Program", "Document"]));
    expect(body.relationshipTypes).toContain("OWNS");
    expect(body.propertyKeys).toContain("evidence");
  });

  it("serves example queries that all run in the console", async () => {
    const { body } = await get<ExamplesResponse>("/api/examples");
    expect(body.examples.length).toBeGreaterThanOrEqual(8);
    for (const example of body.examples) {
      const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: example.query } });
      expect(response.statusCode, `${example.name}: ${response.body}`).toBe(200);
      expect(json<CypherResponse>(response).columns.length).toBeGreaterThan(0);
    }
  });
});
