import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileAccessError, FileTooLargeError } from "../../../ingest/errors";
import { readSourceFile } from "../../../ingest/sources/read-source-file";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "read-source-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readSourceFile", () => {
  it("returns the bytes, the path and the base name", async () => {
    const path = join(dir, "a.txt");
    await writeFile(path, "规划司", "utf8");
    const file = await readSourceFile(path, 1024);
    expect(file).toMatchObject({ path, file: "a.txt" });
    expect(file.bytes.toString("utf8")).toBe("规划司");
  });

  it("refuses a 50 MB file from its size, quickly, without reading it", async () => {
    const path = join(dir, "huge.txt");
    const handle = await open(path, "w");
    await handle.truncate(50 * 1024 * 1024); // sparse: no 50 MB written to disk
    await handle.close();
    const started = performance.now();
    await expect(readSourceFile(path, 20 * 1024 * 1024)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("accepts a file exactly at the limit", async () => {
    const path = join(dir, "limit.txt");
    await writeFile(path, "x".repeat(100));
    await expect(readSourceFile(path, 100)).resolves.toMatchObject({ file: "limit.txt" });
    await expect(readSourceFile(path, 99)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it("reports a missing file and a folder", async () => {
    await expect(readSourceFile(join(dir, "missing.txt"), 100)).rejects.toBeInstanceOf(FileAccessError);
    await expect(readSourceFile(dir, 100)).rejects.toBeInstanceOf(FileAccessError);
  });
});
