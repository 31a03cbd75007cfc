/**
 * End-to-end: a bureau's lineage across reorganisations and a year-to-year comparison of a portfolio, in real
 * headless Chromium against the real server and Neo4j. The corpus has no text of the years before the 2015
 * merger of 软件服务业司 and 信息化推进司; tests/fixtures/lineage/ holds one (written for this test) so that
 * the predecessors own programs.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../ingest/pipeline";
import type { DrillDownResponse } from "../../web/shared/api-types";
import { DIFF_COLORS } from "../../web/src/graph/styles";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { hook, screenshot } from "./support/browser";
import { e2eSuite, searchAndChoose } from "./support/suite";

const MERGED = "bureau:信息化和软件服务业司";
const suite = e2eSuite();

// After the suite's corpus: the predecessors' facts (the page loads after this, so it shows them).
beforeAll(async () => {
  await ingestPaths(["tests/fixtures/lineage"], { neo4j: neo4jSettingsFromEnv() });
});

async function openAndChoose(text: string, id: string): Promise<Page> {
  const page = await suite.open();
  await searchAndChoose(page, text, id);
  return page;
}

describe("bureau lineage", () => {
  it("answers the lineage in the drill-down's contract", async () => {
    const response = await fetch(`${suite.server.url}/api/bureaus/${encodeURIComponent(MERGED)}`);
    const drill = (await response.json()) as DrillDownResponse;
    expect(drill.lineage.successors).toEqual([]);
    expect(drill.lineage.predecessors).toEqual([
      { id: "bureau:信息化推进司", name: "信息化推进司", year: 2015, kind: "merged" },
      { id: "bureau:软件服务业司", name: "软件服务业司", year: 2015, kind: "merged" },
    ]);
    const back = (await (await fetch(`${suite.server.url}/api/bureaus/${encodeURIComponent("bureau:软件服务业司")}`)).json()) as DrillDownResponse;
    expect(back.lineage.successors).toEqual([{ id: MERGED, name: "信息化和软件服务业司", year: 2015, kind: "merged" }]);
  });

  it("shows 信息化和软件服务业司's predecessors and, switched on, their years in the grid with who owned each cell", async () => {
    const page = await openAndChoose("信息化和软件服务业司", MERGED);
    const lineage = page.getByTestId("lineage");
    await lineage.waitFor({ timeout: 15_000 });
    const predecessors = await lineage.locator('[data-testid="lineage-item"][data-role="predecessor"]').evaluateAll((items) => items.map((i) => i.getAttribute("data-node-id")));
    expect(predecessors.sort()).toEqual(["bureau:信息化推进司", "bureau:软件服务业司"]);
    // Without predecessors the grid has only the merged bureau's own years (2016, 2017 in the corpus).
    expect(await page.locator('[data-testid^="grid-cell-"][data-year="2013"]').count()).toBe(0);
    await page.getByTestId("include-predecessors").check();
    const cell = page.locator('[data-testid="grid-cell-两化融合管理体系-2013"]');
    await cell.waitFor({ timeout: 15_000 });
    expect(await cell.getAttribute("data-owned-by")).toBe("信息化推进司");
    expect(await page.locator('[data-testid="grid-cell-信息化和工业化深度融合专项行动-2013"]').getAttribute("data-owned-by")).toBe("软件服务业司");
    await cell.click();
    await expect.poll(() => page.getByTestId("evidence-item").first().textContent()).toContain("两化融合管理体系");
    await screenshot(page, "lineage-include-predecessors");
    await page.getByTestId("include-predecessors").uncheck();
    await page.locator('[data-testid="grid-cell-两化融合管理体系-2013"]').waitFor({ state: "detached", timeout: 15_000 });
    await page.context().close();
  });
});

describe("compare years", () => {
  it("answers 400 for a missing or malformed year and 404 for an unknown node", async () => {
    const diff = (id: string, q: string) => fetch(`${suite.server.url}/api/bureaus/${encodeURIComponent(id)}/diff${q}`);
    expect((await diff("bureau:规划司", "?from=2013")).status).toBe(400);
    expect((await diff("bureau:规划司", "?from=13&to=2014")).status).toBe(400);
    expect((await diff("bureau:没有这个司", "?from=2013&to=2014")).status).toBe(404);
  });

  it("compares 规划司 2013 → 2014: 走出去 added, 工业强基工程 kept, 区域转型升级高级研修班 removed, with sentences and colours", async () => {
    const page = await openAndChoose("规划司", "bureau:规划司");
    await page.getByTestId("compare-years").waitFor({ timeout: 15_000 });
    await page.getByTestId("compare-years").check();
    await page.getByTestId("compare-from").selectOption("2013");
    await page.getByTestId("compare-to").selectOption("2014");
    await page.locator('[data-testid="diff-result"][data-from="2013"][data-to="2014"]').waitFor({ timeout: 15_000 });
    const item = (group: string, name: string) => page.locator(`[data-testid="diff-${group}"] [data-testid="diff-item"][data-node-name="${name}"]`);
    const years = (group: string, name: string) => item(group, name).locator('[data-testid="diff-evidence"]').evaluateAll((es) => es.map((e) => Number(e.getAttribute("data-year"))));
    expect(await years("added", "走出去")).toContain(2014);
    expect(await years("removed", "区域转型升级高级研修班")).toEqual([2013]);
    const kept = await years("kept", "工业强基工程");
    expect(kept).toContain(2013);
    expect(kept).toContain(2014);
    expect(await item("added", "走出去").locator('[data-testid="diff-evidence"]').first().textContent()).toContain("走出去");
    await expect.poll(() => page.evaluate(() => window.__miit?.nodeDisplayColor("program:走出去"))).toBe(DIFF_COLORS.added);
    expect(await hook(page, "selectedId")).toBe("bureau:规划司");
    expect(await page.evaluate(() => window.__miit?.nodeDisplayColor("program:工业强基工程"))).toBe(DIFF_COLORS.kept);
    expect(await page.evaluate(() => window.__miit?.nodeDisplayColor("program:区域转型升级高级研修班"))).toBe(DIFF_COLORS.removed);
    await screenshot(page, "compare-years-planning-2013-2014");
    await page.getByTestId("compare-years").uncheck();
    await expect.poll(() => page.evaluate(() => window.__miit?.nodeDisplayColor("program:走出去"))).not.toBe(DIFF_COLORS.added);
    await page.context().close();
  });
});
