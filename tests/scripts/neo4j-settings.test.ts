import { describe, expect, it } from "vitest";
import { DEFAULT_LOCAL_NEO4J_SETTINGS, jvmArgs, localNeo4jSettings, neo4jConf } from "../../scripts/neo4j/settings";

describe("localNeo4jSettings", () => {
  it("keeps the defaults when the environment says nothing", () => {
    expect(localNeo4jSettings({})).toEqual(DEFAULT_LOCAL_NEO4J_SETTINGS);
  });

  it("takes the port, heap and password from the environment", () => {
    const settings = localNeo4jSettings({ NEO4J_LOCAL_BOLT_PORT: "7700", NEO4J_LOCAL_HEAP_MB: "768", NEO4J_PASSWORD: "another-password" });
    expect(settings).toMatchObject({ boltPort: 7700, heapMb: 768, password: "another-password" });
  });

  it("reports every invalid value at once", () => {
    expect(() => localNeo4jSettings({ NEO4J_LOCAL_BOLT_PORT: "x", NEO4J_PASSWORD: "short" })).toThrow(/NEO4J_LOCAL_BOLT_PORT[\s\S]*NEO4J_PASSWORD/);
  });
});

describe("neo4jConf", () => {
  const conf = neo4jConf(DEFAULT_LOCAL_NEO4J_SETTINGS);

  it("listens on loopback only, Bolt without HTTP", () => {
    expect(conf).toContain("server.default_listen_address=127.0.0.1");
    expect(conf).toContain("server.bolt.listen_address=127.0.0.1:7687");
    expect(conf).toContain("server.http.enabled=false");
  });

  it("sets page cache and heap explicitly and refuses file URLs in LOAD CSV", () => {
    expect(conf).toMatch(/server\.memory\.pagecache\.size=64m/);
    expect(conf).toMatch(/server\.memory\.heap\.max_size=512m/);
    expect(conf).toContain("dbms.security.allow_csv_import_from_file_urls=false");
  });

  it("writes one key=value per line with no duplicate keys", () => {
    const keys = conf.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("=")[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("jvmArgs", () => {
  it("bounds the heap to the configured size", () => {
    expect(jvmArgs({ ...DEFAULT_LOCAL_NEO4J_SETTINGS, heapMb: 384 })).toEqual(expect.arrayContaining(["-Xmx384m", "-Xms256m"]));
  });
});
