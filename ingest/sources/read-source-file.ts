/** Reads one file's bytes, refusing it from its size alone when it is over the limit. */
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { SourceFile } from "../model";
import { FileAccessError, FileTooLargeError } from "../errors";

/**
 * Returns the bytes of `path` as a SourceFile. The size is checked with `stat` (and again while
 * reading, in case the file grows) so that a huge file is refused without being read into memory.
 */
export async function readSourceFile(path: string, maxSize: number): Promise<SourceFile> {
  const file = basename(path);
  const info = await stat(path).catch((cause: unknown) => {
    throw new FileAccessError("read", file, `cannot stat ${path}: ${describe(cause)}`, { cause });
  });
  if (!info.isFile()) throw new FileAccessError("read", file, `${path} is not a regular file`);
  if (info.size > maxSize) throw new FileTooLargeError(file, info.size, maxSize);
  const handle = await open(path, "r").catch((cause: unknown) => {
    throw new FileAccessError("read", file, `cannot open ${path}: ${describe(cause)}`, { cause });
  });
  try {
    // Read at most maxSize + 1 bytes: one more than allowed proves the file grew past the limit.
    const buffer = Buffer.alloc(Math.min(info.size, maxSize) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxSize) throw new FileTooLargeError(file, length, maxSize);
    return { path, file, bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
