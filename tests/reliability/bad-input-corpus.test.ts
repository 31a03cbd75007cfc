/**
 * The bad-input corpus: a folder of what a careless user points ingest at (empty, binary, oversized,
 * mis-encoded files, a named pipe, broken and looping links, a folder named like a document, odd file
 * names, markup and script in the text) next to good documents. The real CLI must load every good one,
 * name every bad one with a reason, never call a user's mistake "a bug", and exit 2.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { runToEnd, type CommandResult } from "../../scripts/neo4j/side-server";

const SENTENCE = "工业和信息化部规划司负责组织实施工业强基工程。";

/** Files that must be skipped, with the reason the summary must give. */
const BAD: Array<{ name: string; reason: RegExp }> = [
  { name: "empty.txt", reason: /empty/ },
  { name: "blank.md", reason: /only whitespace/ },
  { name: "image.txt", reason: /binary/ },
  { name: "nul.txt", reason: /binary/ },
  { name: "huge.txt", reason: /exceeds the size limit.*--max-size/ },
  { name: "dangling.txt", reason: /no such file/ },
  { name: "loop1.txt", reason: /loop of symbolic links/ },
  { name: "fifo.txt", reason: /named pipe/ },
  { name: "report.pdf", reason: /unsupported file type/ },
];

/** Files that must be loaded (their Document's `file` property). */
const GOOD = ["good.txt", "gbk.txt", "utf16.txt", "crlf.txt", "script.html", "名称 带空格 'quote'.txt", "sub/deep.md", "folder.txt/inner.txt"];

let dir: string;
let result: CommandResult;
let driver: Driver;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "miit-bad-input-"));
  const w = (name: string, data: string | Buffer) => writeFile(join(dir, name), data);
  await mkdir(join(dir, "sub"));
  await mkdir(join(dir, "folder.txt"));
  await mkdir(join(dir, "empty-folder"));
  await w("empty.txt", "");
  await w("blank.md", "  \n\n\t \n");
  await w("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await w("nul.txt", `${SENTENCE}\u0000\u0000\u0000`);
  await w("huge.txt", Buffer.alloc(21 * 1024 * 1024, "a"));
  await symlink(join(dir, "no-such-target.txt"), join(dir, "dangling.txt"));
  await symlink(join(dir, "loop2.txt"), join(dir, "loop1.txt"));
  await symlink(join(dir, "loop1.txt"), join(dir, "loop2.txt"));
  execFileSync("mkfifo", [join(dir, "fifo.txt")]);
  await w("report.pdf", "%PDF-1.4");
  const firstText = (await readdir("corpus")).filter((f) => f.endsWith(".txt")).sort()[0] ?? "";
  await w("good.txt", await readFile(join("corpus", firstText), "utf8"));
  await w("gbk.txt", iconv.encode(`${SENTENCE}中华人民共和国工业和信息化部办公厅。`, "gbk"));
  await w("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${SENTENCE}2016年，苗圩任部长。`, "utf16le")]));
  await w("crlf.txt", `标题\r\n\r\n${SENTENCE}\r\n信息化推进司负责两化融合。\r\n`);
  await w("script.html", `<html><head><script>window.__xss = 1</script><style>p{}</style></head><body><p>${SENTENCE}<img src=x onerror="window.__xss=2"></p><div><b>unclosed`);
  await w("名称 带空格 'quote'.txt", `${SENTENCE}<script>alert(1)</script>`);
  await w("sub/deep.md", `# 标题\n\n${SENTENCE}\n`);
  await w("folder.txt/inner.txt", SENTENCE);
  await w("loop2.txt.bak", "not a document");
  result = await runToEnd("npx", ["tsx", "ingest/cli.ts", "--replace", dir, join(dir, "missing-folder")], process.env);
  const s = neo4jSettingsFromEnv();
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password));
});

afterAll(async () => {
  await driver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the bad-input corpus", () => {
  it("names every bad file and folder with its reason, and exits 2", () => {
    const lines = result.output.split("\n");
    const unexplained = BAD.filter(({ name, reason }) => !lines.some((line) => line.includes(join(dir, name)) && reason.test(line)));
    const missingFolder = lines.some((line) => line.includes(join(dir, "missing-folder")) && /no such file or folder/.test(line));
    console.log(`bad-input corpus: ${BAD.length + 1} bad paths, ${BAD.length + 1 - unexplained.length - (missingFolder ? 0 : 1)} named with a reason, ${GOOD.length} good files, exit ${result.code}`);
    expect(unexplained.map((b) => b.name), result.output).toEqual([]);
    expect(missingFolder, result.output).toBe(true);
    expect(result.output).not.toMatch(/a bug|please report|\n\s+at .+:\d+:\d+/i);
    expect(result.code).toBe(2);
  });

  it("loads every good file, whatever its encoding, line ends, name or markup", async () => {
    const { records } = await driver.executeQuery("MATCH (d:Document) WHERE d.source AND d.origin IS NOT NULL RETURN d.file AS file", {});
    const loaded = new Set(records.map((r) => String(r.get("file"))));
    expect(GOOD.map((file) => file.split("/").at(-1) ?? file).filter((file) => !loaded.has(file))).toEqual([]);
    const { records: owns } = await driver.executeQuery(
      "MATCH (:Bureau {id: 'bureau:规划司'})-[r:OWNS]->(:Program {id: 'program:工业强基工程'}) RETURN r.evidence AS evidence",
      {},
    );
    const evidence = owns.flatMap((r) => r.get("evidence") as string[]);
    // The script of script.html is not text; the sentence is, whatever markup surrounded it.
    expect(evidence.some((e) => e.includes("window.__xss"))).toBe(false);
    expect(evidence.filter((e) => e.includes("负责组织实施工业强基工程")).length).toBeGreaterThan(0);
  });
});
