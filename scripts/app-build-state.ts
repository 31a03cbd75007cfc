/** Whether the built app (dist/web) is older than what it is built from, so that `npm start` never serves a stale build. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What the web app is built from, relative to the project root. */
export const APP_SOURCES = ["web/src", "web/shared", "cypher/model.ts", "vite.config.ts", "package.json"];

/** The newest modification time (ms) of the files under these paths; missing paths count as 0. */
export function newestMtimeMs(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    let info;
    try {
      info = statSync(path);
    } catch {
      continue;
    }
    if (info.isDirectory()) newest = Math.max(newest, newestMtimeMs(readdirSync(path).map((name) => join(path, name))));
    else newest = Math.max(newest, info.mtimeMs);
  }
  return newest;
}

/** "missing", "stale" (a source changed after the build) or "fresh". */
export function appBuildState(root: string, staticDir: string): "missing" | "stale" | "fresh" {
  let built: number;
  try {
    built = statSync(join(staticDir, "index.html")).mtimeMs;
  } catch {
    return "missing";
  }
  return newestMtimeMs(APP_SOURCES.map((p) => join(root, p))) > built ? "stale" : "fresh";
}
