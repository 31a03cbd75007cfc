import { execFile } from "node:child_process";
import { mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphJson } from "../../cypher/model";
import { UsageError } from "../../ingest/errors";
import { EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, parseCliArgs, runCli } from "../../ingest/cli";

const ROOT = join(import.meta.dirname, "..", "..");
const TEXT = "工业和信息化部规划司2017年推进工业强基工程，会同财政部实施“智能制造”专项。规划司司长罗文表示，将继续推进两化融合。\n";
let dir: string;

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { stdout, stderr, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ingest-cli-"));
  await writeFile(join(dir, "good-utf8.txt"), TEXT);
  await writeFile(join(dir, "good-utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]));
  await writeFile(join(dir, "good-gb18030.txt"), iconv.encode(TEXT, "gb18030"));
  await writeFile(join(dir, "good-traditional.txt"), "工業和信息化部規劃司推進工業強基工程，會同財政部實施智能製造專項。\n");
  await writeFile(join(dir, "good-mixed-script.txt"), "工業和信息化部规划司推進两化融合。\n");
  await writeFile(join(dir, "good-page.html"), `<html><head><title>通知</title><style>p{}</style></head><body><p>${TEXT}</p><script>alert(1)</script></body></html>`);
  await writeFile(join(dir, "bad-empty.txt"), "");
  await writeFile(join(dir, "bad-binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
  await writeFile(join(dir, "bad-mixed-encoding.txt"), Buffer.concat([Buffer.from(TEXT.repeat(3), "utf8"), iconv.encode(TEXT, "gbk")]));
  await writeFile(join(dir, "bad-unsupported.pdf"), "%PDF-1.4");
  const huge = await open(join(dir, "bad-huge.txt"), "w");
  await huge.truncate(50 * 1024 * 1024);
  await huge.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-out`, { recursive: true, force: true });
});

describe("parseCliArgs", () => {
  it("reads the options and the paths", () => {
    expect(parseCliArgs(["--out", "g.json", "--no-db", "--gazetteer", "a.yaml", "--gazetteer", "b.yaml", "--max-size", "2", "x", "y"])).toEqual({
      help: false,
      paths: ["x", "y"],
      remove: [],
      options: { out: "g.json", noDb: true, gazetteerPaths: ["a.yaml", "b.yaml"], maxSize: 2 * 1024 * 1024 },
    });
    expect(parseCliArgs(["--replace", "x"]).options.replace).toBe(true);
    // --remove alone is a whole request: no folder needed.
    expect(parseCliArgs(["--remove", "doc:a", "--remove", "corpus/b.txt"])).toMatchObject({ paths: [], remove: ["doc:a", "corpus/b.txt"] });
  });

  it("refuses unknown options, missing values, bad sizes and no paths", () => {
    expect(() => parseCliArgs(["--frobnicate", "x"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--out"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--max-size", "lots", "x"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--max-size", "-1", "x"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--no-db"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--workers", "0", "x"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--workers", "1.5", "x"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--batch-rows", "many", "x"])).toThrow(UsageError);
  });

  it("takes --workers and --batch-rows", () => {
    expect(parseCliArgs(["--workers", "3", "--batch-rows", "500", "x"]).options).toMatchObject({ workers: 3, batchRows: 500 });
  });
});

describe("runCli", () => {
  it("prints the help and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("Usage: npm run ingest");
  });

  it("names an unknown option and exits 1", async () => {
    const result = await run(["--frobnicate", dir]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(result.stderr).toContain("--frobnicate");
  });

  it("loads the readable files, reports each bad one with its reason, and exits 2", async () => {
    const out = join(`${dir}-out`, "graph.json");
    const result = await run(["--no-db", "--out", out, dir]);
    expect(result.code).toBe(EXIT_SKIPPED);
    expect(result.stdout).toContain("Ingested 6 documents");
    const skipped = Object.fromEntries(
      result.stdout
        .split("\n")
        .filter((line) => line.startsWith("  "))
        .map((line) => [line.trim().split(": ")[0]?.split("/").at(-1), line]),
    );
    expect(Object.keys(skipped).sort()).toEqual(["bad-binary.txt", "bad-empty.txt", "bad-huge.txt", "bad-mixed-encoding.txt", "bad-unsupported.pdf"]);
    expect(skipped["bad-empty.txt"]).toContain("empty");
    expect(skipped["bad-binary.txt"]).toContain("binary");
    expect(skipped["bad-huge.txt"]).toContain("50.0 MB exceeds the size limit of 20.0 MB");
    expect(skipped["bad-mixed-encoding.txt"]).toContain("mixed encodings");
    expect(skipped["bad-unsupported.pdf"]).toContain("unsupported file type");
    const graph = JSON.parse(await readFile(out, "utf8")) as GraphJson;
    const files = graph.nodes.flatMap((n) => ("file" in n.properties && n.properties.file ? [n.properties.file] : [])).sort();
    expect(files).toEqual(["good-gb18030.txt", "good-mixed-script.txt", "good-page.html", "good-traditional.txt", "good-utf16.txt", "good-utf8.txt"]);
    expect(graph.nodes.some((n) => n.id === "bureau:规划司")).toBe(true);
  });

  it("exits 0 when nothing is skipped", async () => {
    const result = await run(["--no-db", join(dir, "good-utf8.txt"), join(dir, "good-page.html")]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).not.toContain("Skipped");
  });

  it("applies --max-size", async () => {
    const result = await run(["--no-db", "--max-size", "0.0001", join(dir, "good-utf8.txt")]);
    expect(result.code).toBe(EXIT_SKIPPED);
    expect(result.stdout).toContain("exceeds the size limit");
  });

  it("reports a gazetteer file it cannot load and exits 1", async () => {
    const result = await run(["--no-db", "--gazetteer", join(dir, "missing.yaml"), join(dir, "good-utf8.txt")]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(result.stderr).toContain("gazetteer");
    expect(result.stderr).toContain("missing.yaml");
  });

  it("reports an --out path it cannot write and exits 1", async () => {
    const result = await run(["--no-db", "--out", dir, join(dir, "good-utf8.txt")]);
    expect(result.code).toBe(EXIT_ERROR);
    expect(result.stderr).toContain("cannot write the graph JSON");
  });

  it("reports a bad NEO4J_URI as a configuration error before reading anything", async () => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runCli([join(dir, "good-utf8.txt")], { stdout, stderr, env: { NEO4J_URI: "http://nope" } });
    expect(code).toBe(EXIT_ERROR);
    expect(stderr.text).toContain("NEO4J_URI");
  });

  it("sets the exit status when run as a program", async () => {
    const error = await promisify(execFile)("npx", ["tsx", "ingest/cli.ts", "--no-db", dir], { cwd: ROOT }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: EXIT_SKIPPED });
    expect((error as { stdout: string }).stdout).toContain("Skipped 5 files");
  }, 30_000);
});
