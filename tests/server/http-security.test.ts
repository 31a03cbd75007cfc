import { join } from "node:path";
import { tmpdir } from "node:os";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../web/server/app";
import { DEFAULT_SERVER_CONFIG, loadServerConfig } from "../../web/server/config";
import { allowedHostNames, hostName } from "../../web/server/http-security";
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
