/** Expands the paths given to ingest into the files to read: folders walked recursively, sorted, deterministic. */
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { SkippedFile } from "../model";
import type { DocumentSource } from "./document-source";
import { BUILTIN_SOURCES, findSource } from "./builtin-sources";

export interface CollectedFile {
  path: string;
  source: DocumentSource;
}

export interface CollectedFiles {
  files: CollectedFile[];
  skipped: SkippedFile[];
}

/**
 * Returns the readable files under `paths` in a stable order (each folder's entries sorted by
 * name, hidden entries ignored), each with the source that reads it; paths that do not exist,
 * folders that cannot be read and files with an unsupported extension come back as skipped with the reason. A file named twice is read once.
 */
export async function collectFiles(paths: string[], sources: readonly DocumentSource[] = BUILTIN_SOURCES): Promise<CollectedFiles> {
  const result: CollectedFiles = { files: [], skipped: [] };
  const seen = new Set<string>();
  for (const path of paths) await visit(path, true, sources, result, seen);
  return result;
}

/** Why a path cannot be read, in words a person can act on. */
export function unreadableReason(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied (check the folder's and file's read permissions)";
  if (code === "ELOOP") return "a loop of symbolic links";
  if (code === "ENAMETOOLONG") return "the path is too long";
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

async function visit(path: string, given: boolean, sources: readonly DocumentSource[], result: CollectedFiles, seen: Set<string>): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    result.skipped.push({ file: path, reason: unreadableReason(error) });
    return;
  }
  if (info.isDirectory()) {
    // A folder reached twice (symbolic links, a folder and its subfolder both given) is walked once.
    let real: string;
    let names: string[];
    try {
      real = await realpath(path);
      names = await readdir(path);
    } catch (error) {
      result.skipped.push({ file: path, reason: `folder ${unreadableReason(error)}` });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    const entries = names.filter((name) => !name.startsWith(".")).sort(compareNames);
    for (const name of entries) await visit(join(path, name), false, sources, result, seen);
    return;
  }
  if (!info.isFile()) {
    // A named pipe or device would block or never end when read; one that looks like a document is reported.
    if (given || findSource(path, sources) !== undefined) result.skipped.push({ file: path, reason: `not a regular file (${specialKind(info)})` });
    return;
  }
  if (seen.has(path)) return;
  seen.add(path);
  const source = findSource(path, sources);
  if (source === undefined) {
    result.skipped.push({ file: path, reason: `unsupported file type (ingest reads ${sources.map((s) => s.name).join(", ")} files)` });
    return;
  }
  result.files.push({ path, source });
}

function specialKind(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file or folder";
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
