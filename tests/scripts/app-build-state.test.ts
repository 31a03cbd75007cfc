import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appBuildState } from "../../scripts/app-build-state";

let root: string;
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function project(): Promise<{ dist: string; source: string }> {
  root = await mkdtemp(join(tmpdir(), "app-build-state-"));
  const dist = join(root, "dist", "web");
  await mkdir(dist, { recursive: true });
  await mkdir(join(root, "web", "src", "components"), { recursive: true });
  const source = join(root, "web", "src", "components", "App.tsx");
  await writeFile(source, "export {};\n");
  return { dist, source };
}

describe("appBuildState", () => {
  it("says missing without a build, fresh after one, stale once a source under web/src changes", async () => {
    const { dist, source } = await project();
    expect(appBuildState(root, dist)).toBe("missing");
    await writeFile(join(dist, "index.html"), "<!doctype html>");
    const t = Date.now() / 1000;
    await utimes(source, t - 60, t - 60);
    await utimes(join(dist, "index.html"), t - 30, t - 30);
    expect(appBuildState(root, dist)).toBe("fresh");
    await utimes(source, t, t);
    expect(appBuildState(root, dist)).toBe("stale");
  });
});
