import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { EXIT_ERROR, runCli } from "../../ingest/cli";
import { Neo4jUnavailableError } from "../../ingest/errors";
import { ingestPaths } from "../../ingest/pipeline";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";

const NOWHERE = "bolt://127.0.0.1:1";

describe("ingest when Neo4j is unreachable", () => {
  it("fails fast with Neo4jUnavailableError naming the URI", async () => {
    const settings = { ...neo4jSettingsFromEnv(), uri: NOWHERE };
    await expect(ingestPaths(["corpus"], { neo4j: settings })).rejects.toBeInstanceOf(Neo4jUnavailableError);
  });

  it("tells the CLI user which URI failed and how to start the local server, exit 1", async () => {
    let stderr = "";
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const errors = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        stderr += chunk.toString();
        done();
      },
    });
    const code = await runCli(["corpus"], { stdout: sink, stderr: errors, env: { NEO4J_URI: NOWHERE } });
    expect(code).toBe(EXIT_ERROR);
    expect(stderr).toContain(NOWHERE);
    expect(stderr).toContain("npm run neo4j:start");
  });
});
