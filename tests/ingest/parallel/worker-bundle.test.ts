import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { readGazetteerFiles } from "../../../ingest/gazetteer/load-gazetteer";
import type { ExtractTask, WorkerInit, WorkerReply } from "../../../ingest/parallel/extract-pool";
import { bundledWorker } from "../../../ingest/parallel/worker-bundle";

const ENTRY = new URL("../../../ingest/parallel/extract-worker.ts", import.meta.url);
const BOOTSTRAP = new URL("../../../ingest/parallel/worker-bootstrap.mjs", import.meta.url);
const FILE = join(import.meta.dirname, "..", "..", "..", "corpus", "000_0d3d6d791cae799b.txt");

/** Starts a worker, sends it one task and returns its reply. */
async function extractOnce(worker: Worker): Promise<WorkerReply> {
  try {
    return await new Promise<WorkerReply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.postMessage({ id: 7, path: FILE, sourceName: "text" } satisfies ExtractTask);
    });
  } finally {
    await worker.terminate();
  }
}

describe("the extract worker's bundle", () => {
  it("is one plain-JS file in node_modules/.cache, named by its content", () => {
    const first = bundledWorker(ENTRY);
    expect(first).toBeDefined();
    const path = fileURLToPath(first as URL);
    expect(path).toMatch(/node_modules\/\.cache\/miit-graph\/extract-worker\.[0-9a-f]{16}\.mjs$/);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8")).not.toMatch(/from\s+["'][^"']+\.ts["']/);
    expect(bundledWorker(ENTRY)?.href).toBe(first?.href);
  });

  it("extracts a file as the tsx-registered worker it stands in for does", async () => {
    const init: WorkerInit = { gazetteerFiles: readGazetteerFiles(), maxSize: 20 * 1024 * 1024, known: [] };
    const bundled = await extractOnce(new Worker(bundledWorker(ENTRY) as URL, { workerData: init }));
    const registered = await extractOnce(new Worker(BOOTSTRAP, { workerData: { ...init, entry: ENTRY.href } }));
    expect("outcome" in bundled && bundled.outcome.kind).toBe("graph");
    expect(bundled).toEqual(registered);
  });
});
