import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { NEO4J_PATHS } from "../../scripts/neo4j/paths";
import { projectNeo4jPids } from "../../scripts/neo4j/process";

describe("projectNeo4jPids", () => {
  it("finds a process started with the project's Neo4j home, as `neo4j:status` and the stray check need", async () => {
    // A stand-in whose command line carries the same --home-dir argument as the real server's.
    const child = spawn("sh", ["-c", "sleep 30", `--home-dir=${NEO4J_PATHS.home}`], { stdio: "ignore" });
    try {
      await new Promise((ok) => setTimeout(ok, 200));
      expect(projectNeo4jPids()).toContain(child.pid);
    } finally {
      child.kill();
    }
  });
});
