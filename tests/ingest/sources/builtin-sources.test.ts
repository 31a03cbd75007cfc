import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmptyFileError, FileTooLargeError } from "../../../ingest/errors";
import { BUILTIN_SOURCES, findSource } from "../../../ingest/sources/builtin-sources";

let dir: string;
const options = { maxSize: 1024 * 1024 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "builtin-sources-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("BUILTIN_SOURCES", () => {
  it("lists each format once", () => {
    expect(BUILTIN_SOURCES.map((s) => s.name)).toEqual(["text", "markdown", "html"]);
  });

  it("reads a GB18030 HTML page into its text", async () => {
    const path = join(dir, "page.html");
    await writeFile(path, iconv.encode('<html><head><meta charset="gb2312"><title>通知</title></head><body><p>规划司</p></body></html>', "gb18030"));
    const text = await findSource(path)?.load(path, options);
    expect(text).toMatchObject({ docId: "doc:page", file: "page.html", encoding: "gb18030", text: "通知\n规划司" });
  });

  it("refuses an HTML page without text", async () => {
    const path = join(dir, "blank.htm");
    await writeFile(path, "<html><body><script>x()</script></body></html>");
    await expect(findSource(path)?.load(path, options)).rejects.toBeInstanceOf(EmptyFileError);
  });

  it("passes the size limit on to the reader", async () => {
    const path = join(dir, "big.md");
    await writeFile(path, "长".repeat(1000));
    await expect(findSource(path)?.load(path, { maxSize: 100 })).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it("matches no other extension", () => {
    expect(findSource("a.pdf")).toBeUndefined();
    expect(findSource("a.docx")).toBeUndefined();
  });
});
