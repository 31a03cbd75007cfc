import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_CONFIG, loadServerConfig, ServerConfigError } from "../../web/server/config";

describe("loadServerConfig", () => {
  it("returns the defaults for an empty environment", () => {
    // The review token is random per start: the rest is the defaults.
    expect(loadServerConfig({})).toEqual({ ...DEFAULT_SERVER_CONFIG, reviewToken: expect.any(String) });
  });

  it("reads every setting and treats empty strings as unset", () => {
    const config = loadServerConfig({
      HOST: "0.0.0.0",
      PORT: "8080",
      NEO4J_URI: "neo4j://db:7687",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "",
      CYPHER_TIMEOUT_MS: "2500",
      API_TIMEOUT_MS: "45000",
      CYPHER_ROW_LIMIT: "50",
      STATIC_DIR: "build/app",
      ALLOWED_HOSTS: "graph.example.org,Intranet.Lan",
      REVIEW_TOKEN: "a-team-token-of-16+",
    });
    expect(config).toEqual({
      host: "0.0.0.0",
      port: 8080,
      neo4j: { uri: "neo4j://db:7687", username: "reader", password: DEFAULT_SERVER_CONFIG.neo4j.password },
      cypherTimeoutMs: 2500,
      apiTimeoutMs: 45_000,
      cypherRowLimit: 50,
      cypherMaxBytes: DEFAULT_SERVER_CONFIG.cypherMaxBytes,
      cypherConcurrentPerClient: DEFAULT_SERVER_CONFIG.cypherConcurrentPerClient,
      apiRequestsPerMinute: DEFAULT_SERVER_CONFIG.apiRequestsPerMinute,
      staticDir: "build/app",
      allowedHosts: ["graph.example.org", "intranet.lan"],
      overviewNodeBudget: DEFAULT_SERVER_CONFIG.overviewNodeBudget,
      overviewEdgeBudget: DEFAULT_SERVER_CONFIG.overviewEdgeBudget,
      reviewToken: "a-team-token-of-16+",
      reviewTokenGenerated: false,
    });
  });

  it("generates a review token when REVIEW_TOKEN is unset, a new one each start", () => {
    const one = loadServerConfig({});
    const two = loadServerConfig({});
    expect(one.reviewTokenGenerated).toBe(true);
    expect(one.reviewToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(two.reviewToken).not.toBe(one.reviewToken);
  });

  it("reports every invalid setting at once", () => {
    let thrown: unknown;
    try {
      loadServerConfig({ PORT: "eighty", NEO4J_URI: "http://x", CYPHER_ROW_LIMIT: "0" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ServerConfigError);
    expect((thrown as ServerConfigError).problems).toHaveLength(3);
  });

  it("talks to the local Neo4j on NEO4J_LOCAL_BOLT_PORT unless NEO4J_URI is set", () => {
    expect(loadServerConfig({ NEO4J_LOCAL_BOLT_PORT: "7697" }).neo4j.uri).toBe("bolt://127.0.0.1:7697");
    expect(loadServerConfig({ NEO4J_LOCAL_BOLT_PORT: "7697", NEO4J_URI: "bolt://db:7687" }).neo4j.uri).toBe("bolt://db:7687");
    expect(() => loadServerConfig({ NEO4J_LOCAL_BOLT_PORT: "0" })).toThrow(ServerConfigError);
  });
});
