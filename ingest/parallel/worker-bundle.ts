/**
 * The extract worker as one plain-JS file: worker threads do not inherit tsx's loader, and registering it in
 * each thread (a loader thread of its own, every module transformed again) cost more start-up than the
 * extraction of a small corpus. esbuild bundles the worker's TypeScript once (~0.1 s; packages stay imports)
 * into node_modules/.cache, named by its content, so concurrent runs and reruns share it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Inside the project, so that the bundle's package imports resolve from its node_modules. */
const CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "miit-graph");

/** The URL of the bundled worker entry `entry` (a .ts file URL), or undefined when it cannot be built or written. */
export function bundledWorker(entry: URL): URL | undefined {
  try {
    const result = buildSync({ entryPoints: [fileURLToPath(entry)], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", write: false, logLevel: "silent" });
    const code = result.outputFiles[0]?.text;
    if (code === undefined) return undefined;
    const file = join(CACHE_DIR, `extract-worker.${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(CACHE_DIR, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return new URL(`file://${file}`);
  } catch {
    return undefined;
  }
}
