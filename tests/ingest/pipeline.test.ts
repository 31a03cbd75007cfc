import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { Converter } from "opencc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphJson } from "../../cypher/model";
import { extractPaths, ingestPaths, type ProgressEvent } from "../../ingest/pipeline";

const CORPUS = join(import.meta.dirname, "..", "..", "corpus");
const DOC = "003_c9a3d1a1ab33e0bb";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pipeline-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The graph without what depends on the bytes (sha256) and the folder (origin), to compare encodings of one text. */
function shape(graph: GraphJson): unknown {
  return {
    nodes: graph.nodes.map((n) => ({ ...n, properties: { ...n.properties, sha256: undefined, origin: undefined } })),
    relationships: graph.relationships,
  };
}

describe("extractPaths", () => {
  it("extracts every corpus document into one graph whose relationships end at its nodes", async () => {
    const events: ProgressEvent[] = [];
    const result = await extractPaths([CORPUS], { onProgress: (e) => events.push(e) });
    expect(result.skipped).toEqual([]);
    expect(result.documents.map((d) => d.docId)).toEqual([
      "doc:000_0d3d6d791cae799b",
      "doc:001_ce04be11120724e2",
      "doc:002_9123364ac4e0e0cc",
      "doc:003_c9a3d1a1ab33e0bb",
      "doc:004_467381db5482a458",
    ]);
    const ids = new Set(result.graph.nodes.map((n) => n.id));
    for (const r of result.graph.relationships) {
      expect(ids.has(r.start), r.start).toBe(true);
      expect(ids.has(r.end), r.end).toBe(true);
    }
    const sources = result.graph.nodes.filter((n) => n.labels[0] === "Document" && "file" in n.properties && n.properties.file);
    expect(sources.map((n) => n.id).sort()).toEqual(result.documents.map((d) => d.docId));
    expect(events.at(-1)).toMatchObject({ phase: "extract", done: 5, total: 5 });
  });

  it("gives the same graph for one text stored as UTF-8, UTF-16, GB18030 and traditional characters", async () => {
    const text = readFileSync(join(CORPUS, `${DOC}.txt`), "utf8");
    const variants: Record<string, Buffer> = {
      utf16: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      gb18030: iconv.encode(text, "gb18030"),
      traditional: Buffer.from(Converter({ from: "cn", to: "hk" })(text), "utf8"),
    };
    const utf8 = await extractPaths([join(CORPUS, `${DOC}.txt`)]);
    for (const [name, bytes] of Object.entries(variants)) {
      await mkdir(join(dir, name), { recursive: true });
      await writeFile(join(dir, name, `${DOC}.txt`), bytes);
      const result = await extractPaths([join(dir, name, `${DOC}.txt`)]);
      expect(result.skipped, name).toEqual([]);
      expect(shape(result.graph), name).toEqual(shape(utf8.graph));
    }
  });

  it("reads one document id once and reports the second file", async () => {
    await mkdir(join(dir, "dup"), { recursive: true });
    await copyFile(join(CORPUS, "000_0d3d6d791cae799b.txt"), join(dir, "dup", "a.txt"));
    await writeFile(join(dir, "dup", "a.md"), "# 工业和信息化部\n\n规划司推进工业强基工程。");
    const result = await extractPaths([join(dir, "dup")]);
    expect(result.documents.map((d) => d.file)).toEqual(["a.md"]);
    expect(result.skipped).toEqual([{ file: join(dir, "dup", "a.txt"), reason: expect.stringContaining("doc:a") }]);
  });
});

describe("ingestPaths", () => {
  it("writes the graph JSON and summarises it without Neo4j", async () => {
    const out = join(dir, "out", "graph.json");
    const summary = await ingestPaths([CORPUS], { noDb: true, out });
    const written = JSON.parse(readFileSync(out, "utf8")) as GraphJson;
    expect(summary).toMatchObject({ documents: 5, nodes: written.nodes.length, relationships: written.relationships.length, load: undefined, skipped: [] });
    expect(Object.values(summary.relationshipsByType).reduce((a, b) => a + b, 0)).toBe(written.relationships.length);
    expect(summary.relationshipsByType.MENTIONS).toBeGreaterThan(0);
  });
});

describe("worker threads", () => {
  it("give a graph JSON byte-identical to one thread's, on the corpus and the dev set together", async () => {
    const paths = [CORPUS, join(import.meta.dirname, "..", "..", "dev-set", "corpus")];
    const one = join(dir, "one-worker.json");
    const two = join(dir, "three-workers.json");
    const single = await ingestPaths(paths, { noDb: true, out: one, workers: 1 });
    const threaded = await ingestPaths(paths, { noDb: true, out: two, workers: 3 });
    expect(threaded.documents).toBe(single.documents);
    expect(single.documents).toBeGreaterThan(25);
    expect(readFileSync(two, "utf8")).toBe(readFileSync(one, "utf8"));
    // Three workers each load the gazetteer and tsx: seconds on a busy 2-core machine; this checks equality, not speed.
  }, 30_000);
});
