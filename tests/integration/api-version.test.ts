/**
 * The data version of shared links against the real Neo4j: GET /api/version and GET /api/versions/:id/changes,
 * across a re-ingest that adds a document and changes one, and a removal.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../ingest/pipeline";
import { removeDocuments } from "../../ingest/remove-documents";
import type { ApiError, ApiGraph, DataChangesResponse, DataVersionResponse, HealthResponse, NodeResponse, SchemaResponse } from "../../web/shared/api-types";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { json, loadCorpus, testServer } from "./fixtures/api-setup";

const EDITED = "003_c9a3d1a1ab33e0bb.txt";
const EDITED_ID = "doc:003_c9a3d1a1ab33e0bb";
const ADDED_ID = "doc:2013-informatization-and-software-departments";
const REMOVED_ID = "doc:000_0d3d6d791cae799b";
let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  await loadCorpus();
  app = await testServer();
  dir = await mkdtemp(join(tmpdir(), "api-version-"));
});

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async <T>(url: string) => {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, body: json<T>(response) };
};
const version = async () => (await get<DataVersionResponse>("/api/version")).body;
const title = async (id: string) => (await get<NodeResponse>(`/api/nodes/${encodeURIComponent(id)}`)).body.node.properties.title;

/** Ingests the corpus's 003 with a changed paragraph (same file name: replace) and the lineage fixture (a new document). */
async function reingestChanged(): Promise<void> {
  const text = await readFile(join("corpus", EDITED), "utf8");
  await writeFile(join(dir, EDITED), `${text}\n2019年，规划司负责工业互联网创新发展工程。\n`, "utf8");
  const summary = await ingestPaths([dir, "tests/fixtures/lineage"], { neo4j: neo4jSettingsFromEnv(), replace: true });
  expect(summary.load?.documents).toEqual({ loaded: 1, replaced: 1, unchanged: 0 });
}

describe("GET /api/version", () => {
  it("answers 12 hex digits for the loaded corpus, the same on every call, recorded but not counted as graph nodes", async () => {
    const nodesBefore = (await get<HealthResponse>("/api/health")).body.counts?.nodes;
    const first = await version();
    expect(first).toEqual({ dataVersion: expect.stringMatching(/^[0-9a-f]{12}$/), documents: 5, recorded: true });
    expect((await version()).dataVersion).toBe(first.dataVersion);
    expect((await get<HealthResponse>("/api/health")).body.counts?.nodes).toBe(nodesBefore);
    const graph = (await get<ApiGraph>("/api/graph")).body;
    expect(graph.nodes.some((n) => n.key === first.dataVersion)).toBe(false);
    expect(graph.nodes.length).toBe(nodesBefore);
    // The console's editor may still name the label: the record is in the database and readable there.
    expect((await get<SchemaResponse>("/api/schema")).body.labels).toContain("DataVersion");
  });
});

describe("GET /api/versions/:id/changes", () => {
  it("lists a document added and one changed by a re-ingest, then one removed, under the new version", async () => {
    const before = (await version()).dataVersion;
    await reingestChanged();
    const after = await version();
    expect(after.dataVersion).not.toBe(before);
    expect(after.documents).toBe(6);
    const { status, body } = await get<DataChangesResponse>(`/api/versions/${before}/changes`);
    expect(status).toBe(200);
    expect(body).toEqual({
      from: before,
      to: after.dataVersion,
      added: [{ id: ADDED_ID, title: await title(ADDED_ID) }],
      removed: [],
      changed: [{ id: EDITED_ID, title: await title(EDITED_ID) }],
    });

    const removedTitle = await title(REMOVED_ID);
    await removeDocuments([REMOVED_ID], neo4jSettingsFromEnv());
    const third = (await get<DataChangesResponse>(`/api/versions/${after.dataVersion}/changes`)).body;
    expect(third).toMatchObject({ from: after.dataVersion, added: [], changed: [], removed: [{ id: REMOVED_ID, title: removedTitle }] });
    expect(third.to).toBe((await version()).dataVersion);
    // The first version still knows its documents: from it, 000 is gone as well.
    const fromFirst = (await get<DataChangesResponse>(`/api/versions/${before}/changes`)).body;
    expect(fromFirst.removed.map((d) => d.id)).toEqual([REMOVED_ID]);
    expect(fromFirst.added.map((d) => d.id)).toEqual([ADDED_ID]);
  });

  it("finds no change from the current version to itself", async () => {
    const now = (await version()).dataVersion;
    expect((await get<DataChangesResponse>(`/api/versions/${now}/changes`)).body).toEqual({ from: now, to: now, added: [], removed: [], changed: [] });
  });

  it("answers 404 in the API's error shape for a version not on record, 400 for one that is not 12 hex digits", async () => {
    const unknown = await get<ApiError>("/api/versions/000000000000/changes");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
    expect(unknown.body.error.message).toContain("000000000000");
    for (const bad of ["12345", "0123456789AB", "0123456789abc"]) {
      const refused = await get<ApiError>(`/api/versions/${bad}/changes`);
      expect(refused.status, bad).toBe(400);
      expect(refused.body.error.code).toBe("invalid_request");
    }
  });
});
