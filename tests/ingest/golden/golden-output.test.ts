import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goldenSummary } from "./golden-summary";

// An intended change of the extraction's output is recorded with UPDATE_GOLDEN=1 and reviewed in the diff.
const SETS = [
  { name: "corpus", dir: "corpus" },
  { name: "dev-set", dir: "dev-set/corpus" },
];

describe("extraction output", () => {
  for (const set of SETS) {
    it(`on the ${set.name} equals its reviewed golden output`, async () => {
      const expectedPath = join(import.meta.dirname, `${set.name}.expected.json`);
      const actual = await goldenSummary(set.dir);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedPath, `${JSON.stringify(actual, null, 1)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    }, 60_000);
  }
});
