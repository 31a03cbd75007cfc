import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles, unreadableReason } from "../../../ingest/sources/collect-files";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "collect-files-"));
  await mkdir(join(dir, "b", "deep"), { recursive: true });
  await mkdir(join(dir, "a"));
  await mkdir(join(dir, ".hidden"));
  for (const name of ["z.txt", "b/deep/y.md", "b/x.html", "a/w.htm", "a/v.pdf", ".hidden/u.txt", "c.TXT"]) {
    await writeFile(join(dir, name), "文本");
  }
  await symlink(dir, join(dir, "b", "deep", "loop"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("collectFiles", () => {
  it("walks folders recursively in sorted order, each file with the source that reads it", async () => {
    const { files, skipped } = await collectFiles([dir]);
    expect(files.map((f) => [f.path.slice(dir.length + 1), f.source.name])).toEqual([
      ["a/w.htm", "html"],
      ["b/deep/y.md", "markdown"],
      ["b/x.html", "html"],
      ["c.TXT", "text"],
      ["z.txt", "text"],
    ]);
    expect(skipped).toEqual([{ file: join(dir, "a", "v.pdf"), reason: expect.stringContaining("unsupported file type") }]);
  });

  it("walks a folder given twice once", async () => {
    const { files } = await collectFiles([dir, join(dir, "a")]);
    expect(files.filter((f) => f.path.endsWith("w.htm"))).toHaveLength(1);
  });

  it("reports a path that does not exist and reads a file named twice once", async () => {
    const file = join(dir, "z.txt");
    const { files, skipped } = await collectFiles([file, join(dir, "nope"), file]);
    expect(files.map((f) => f.path)).toEqual([file]);
    expect(skipped).toEqual([{ file: join(dir, "nope"), reason: "no such file or folder" }]);
  });
});

describe("special files", () => {
  it("reports a named pipe that looks like a document instead of reading it (which would block)", async () => {
    const fifoDir = await mkdtemp(join(tmpdir(), "collect-fifo-"));
    try {
      execFileSync("mkfifo", [join(fifoDir, "pipe.txt"), join(fifoDir, "pipe.bin")]);
      const { files, skipped } = await collectFiles([fifoDir]);
      expect(files).toEqual([]);
      expect(skipped).toEqual([{ file: join(fifoDir, "pipe.txt"), reason: "not a regular file (a named pipe)" }]);
    } finally {
      await rm(fifoDir, { recursive: true, force: true });
    }
  });
});

describe("why a path cannot be read", () => {
  it("says it in words a person can act on, for a missing path, a permission and anything else", () => {
    expect(unreadableReason(Object.assign(new Error("x"), { code: "ENOENT" }))).toBe("no such file or folder");
    expect(unreadableReason(Object.assign(new Error("x"), { code: "EACCES" }))).toMatch(/^permission denied/);
    expect(unreadableReason(Object.assign(new Error("x"), { code: "EIO" }))).toBe("cannot be read (EIO)");
  });
});
