import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, HealthResponse } from "../../web/shared/api-types";
import { json, testServer, testServerConfig } from "./fixtures/api-setup";

// A port that was free a moment ago stands in for a Neo4j that is down; the real Neo4j is not touched.
let app: FastifyInstance;

beforeAll(async () => {
  const probe: Server = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  app = await testServer({ neo4j: { ...testServerConfig().neo4j, uri: `bolt://127.0.0.1:${port}` } });
});

afterAll(async () => {
  await app?.close();
});

describe("the API when Neo4j is down", () => {
  it("answers /api/health with 503 and what to do", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(503);
    const body = json<HealthResponse>(response);
    expect(body.ok).toBe(false);
    expect(body.neo4j.reachable).toBe(false);
    expect(body.neo4j.message).toMatch(/npm run neo4j:start/);
    expect(body.error).toEqual({ code: "database_unavailable", message: body.neo4j.message });
  });

  it("answers data routes with 503 database_unavailable", async () => {
    const response = await app.inject({ method: "GET", url: "/api/graph" });
    expect(response.statusCode).toBe(503);
    expect(json<ApiError>(response).error.code).toBe("database_unavailable");
  });
});
