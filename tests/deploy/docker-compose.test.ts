import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_LOCAL_NEO4J_SETTINGS } from "../../scripts/neo4j/settings";

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
const envExample = readFileSync(".env.example", "utf8");

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with a data volume and a health check", () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(neo4j?.volumes?.some((v) => v.endsWith(":/data"))).toBe(true);
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
    expect(neo4j?.healthcheck?.test.join(" ")).toContain("cypher-shell");
  });

  it("exposes Bolt on the port the local scripts use", () => {
    expect(compose.services.neo4j?.ports).toContain(`127.0.0.1:${DEFAULT_LOCAL_NEO4J_SETTINGS.boltPort}:7687`);
  });

  it("gives the app the same variables the app and .env.example use", () => {
    const env = compose.services.app?.environment ?? {};
    for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "HOST", "PORT"]) {
      expect(Object.keys(env)).toContain(name);
      // NEO4J_URI is there commented out: set, it stops the project's own Neo4j from starting.
      expect(envExample).toMatch(new RegExp(`^${name === "NEO4J_URI" ? "# " : ""}${name}=`, "m"));
    }
    expect(env.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(env.NEO4J_PASSWORD).toContain(DEFAULT_LOCAL_NEO4J_SETTINGS.password);
    expect(compose.services.neo4j?.environment?.NEO4J_AUTH).toContain(DEFAULT_LOCAL_NEO4J_SETTINGS.password);
  });

  it("starts the app only once Neo4j is healthy, on the API's default port", () => {
    const app = compose.services.app;
    expect(app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app?.ports?.[0]).toMatch(/:3000$/);
    expect(app?.environment?.PORT).toBe("3000");
  });
});
