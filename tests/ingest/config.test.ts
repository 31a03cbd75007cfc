import { describe, expect, it } from "vitest";
import { loadIngestConfig } from "../../ingest/config";
import { ConfigError } from "../../ingest/errors";

describe("loadIngestConfig", () => {
  it("talks to the local Neo4j on 7687 when the environment says nothing", () => {
    expect(loadIngestConfig({}).neo4j.uri).toBe("bolt://127.0.0.1:7687");
  });

  it("takes the local server's port from NEO4J_LOCAL_BOLT_PORT when NEO4J_URI is unset", () => {
    expect(loadIngestConfig({ NEO4J_LOCAL_BOLT_PORT: "7697" }).neo4j.uri).toBe("bolt://127.0.0.1:7697");
    expect(loadIngestConfig({ NEO4J_LOCAL_BOLT_PORT: "7697", NEO4J_URI: "" }).neo4j.uri).toBe("bolt://127.0.0.1:7697");
  });

  it("lets NEO4J_URI win over NEO4J_LOCAL_BOLT_PORT", () => {
    expect(loadIngestConfig({ NEO4J_LOCAL_BOLT_PORT: "7697", NEO4J_URI: "neo4j://db:7687" }).neo4j.uri).toBe("neo4j://db:7687");
  });

  it("refuses a port that is no port", () => {
    expect(() => loadIngestConfig({ NEO4J_LOCAL_BOLT_PORT: "seven" })).toThrow(ConfigError);
  });
});
