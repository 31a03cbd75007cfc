import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../web/server/app";
import { DEFAULT_SERVER_CONFIG } from "../../web/server/config";
import type { ApiError } from "../../web/shared/api-types";

// Every request here is refused or answered before the server would talk to Neo4j, so no database is needed.
const config = { ...DEFAULT_SERVER_CONFIG, neo4j: { ...DEFAULT_SERVER_CONFIG.neo4j, uri: "bolt://127.0.0.1:1" } };

describe("buildServer without a built app", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ ...config, staticDir: join(tmpdir(), "miit-graph-no-such-dir") });
  });
  afterAll(async () => app.close());

  const error = async (method: "GET" | "POST", url: string, payload?: unknown) => {
    const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: response.statusCode, error: (JSON.parse(response.body) as ApiError).error };
  };

  it("says how to build the app at /", async () => {
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(503);
    expect(response.body).toMatch(/npm run build/);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    expect(await error("GET", "/api/nothing")).toMatchObject({ status: 404, error: { code: "not_found" } });
  });

  it.each([
    ["/api/graph?from=2020&to=2010"],
    ["/api/graph?labels=Planet"],
    ["/api/search"],
    ["/api/search?q=" + "x".repeat(101)],
    ["/api/nodes/%20"],
    ["/api/bureaus/%20"],
  ])("validates %s with a 400", async (url) => {
    expect(await error("GET", url)).toMatchObject({ status: 400, error: { code: "invalid_request" } });
  });

  it.each([
    ["CREATE (n:X) RETURN n", "read_only"],
    ["LOAD CSV FROM 'http://127.0.0.1:9/x' AS r RETURN r", "load_csv"],
    ["CALL dbms.security.listUsers()", "procedure_not_allowed"],
    ["MATCH (n) RETURN n; MATCH (n) DETACH DELETE n", "multiple_statements"],
  ])("refuses %s before reaching Neo4j", async (query, code) => {
    expect(await error("POST", "/api/cypher", { query })).toMatchObject({ status: 400, error: { code } });
  });

  it("refuses a body that is not a Cypher request", async () => {
    expect(await error("POST", "/api/cypher", { query: 42 })).toMatchObject({ status: 400, error: { code: "invalid_request" } });
    expect(await error("POST", "/api/cypher", { query: "RETURN 1", params: { "bad name": 1 } })).toMatchObject({ status: 400 });
  });
});

describe("buildServer with a built app", () => {
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "miit-graph-static-"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(dir, "app.js"), "console.log(1)");
    app = await buildServer({ ...config, staticDir: dir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves files and falls back to index.html for app routes, not for /api", async () => {
    expect((await app.inject({ method: "GET", url: "/app.js" })).body).toBe("console.log(1)");
    const spa = await app.inject({ method: "GET", url: "/bureau/规划司?year=2017" });
    expect(spa.statusCode).toBe(200);
    expect(spa.body).toContain("<title>app</title>");
    expect((await app.inject({ method: "GET", url: "/api/unknown" })).statusCode).toBe(404);
  });
});
