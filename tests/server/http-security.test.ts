import { join } from "node:path";
import { tmpdir } from "node:os";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../web/server/app";
import { DEFAULT_SERVER_CONFIG, loadServerConfig } from "../../web/server/config";
import { allowedHostNames, hostName } from "../../web/server/http-security";
import { ClientWindows } from "../../web/server/rate-limit";
import type { ApiError } from "../../web/shared/api-types";

// Answered before the server would talk to Neo4j: no database needed.
const config = { ...DEFAULT_SERVER_CONFIG, neo4j: { ...DEFAULT_SERVER_CONFIG.neo4j, uri: "bolt://127.0.0.1:1" }, staticDir: join(tmpdir(), "miit-graph-no-such-dir"), allowedHosts: ["graph.example.org"] };

describe("HTTP security", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(config);
  });
  afterAll(async () => app.close());

  it("sends CSP with frame-ancestors none, nosniff and no CORS on every answer, errors too", async () => {
    for (const url of ["/", "/api/no-such-route"]) {
      const response = await app.inject({ method: "GET", url, headers: { host: "127.0.0.1:3000", origin: "http://evil.example" } });
      expect(response.headers["content-security-policy"], url).toMatch(/frame-ancestors 'none'/);
      expect(response.headers["content-security-policy"], url).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["x-frame-options"], url).toBe("DENY");
      expect(response.headers["access-control-allow-origin"], url).toBeUndefined();
    }
  });

  it("answers a foreign Host with 421 in the API's error shape, and serves loopback and listed names", async () => {
    const foreign = await app.inject({ method: "GET", url: "/api/health", headers: { host: "rebound.attacker.example:3000" } });
    expect(foreign.statusCode).toBe(421);
    expect((JSON.parse(foreign.body) as ApiError).error.code).toBe("misdirected_request");
    expect(foreign.headers["content-security-policy"]).toBeDefined();
    for (const host of ["127.0.0.1:3000", "localhost", "[::1]:3000", "graph.example.org"]) {
      const response = await app.inject({ method: "GET", url: "/api/no-such-route", headers: { host } });
      expect(response.statusCode, host).toBe(404);
    }
  });
});

describe("allowed host names", () => {
  it("are loopback, the configured HOST unless it is a wildcard, and ALLOWED_HOSTS", () => {
    expect([...allowedHostNames(loadServerConfig({ HOST: "0.0.0.0", ALLOWED_HOSTS: " Graph.Example.org , x.lan" }))].sort()).toEqual(["127.0.0.1", "::1", "graph.example.org", "localhost", "x.lan"]);
    expect(allowedHostNames(loadServerConfig({ HOST: "10.0.0.5" })).has("10.0.0.5")).toBe(true);
    expect(hostName("LOCALHOST:3000")).toBe("localhost");
    expect(hostName("[::1]:3000")).toBe("::1");
    expect(hostName(undefined)).toBeUndefined();
  });
});

describe("the API's rate limit per client", () => {
  it("answers 429 with Retry-After past the budget, and counts no static files", async () => {
    const limited = await buildServer({ ...config, apiRequestsPerMinute: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.inject({ method: "GET", url: "/api/no-such-route" })).statusCode);
      expect(statuses).toEqual([404, 404, 429]);
      const refused = await limited.inject({ method: "GET", url: "/api/no-such-route" });
      expect((JSON.parse(refused.body) as ApiError).error.code).toBe("too_many_requests");
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expect((await limited.inject({ method: "GET", url: "/" })).statusCode).toBe(503);
    } finally {
      await limited.close();
    }
  });

  it("opens a new window after a minute", () => {
    let now = 0;
    const windows = new ClientWindows(1, () => now);
    expect([windows.take("a"), windows.take("a"), windows.take("b")]).toEqual([0, 60, 0]);
    now = 60_000;
    expect(windows.take("a")).toBe(0);
  });
});
