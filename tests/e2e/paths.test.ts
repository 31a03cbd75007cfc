/** End-to-end: a path between two entities, picked in the page, drawn in the canvas and listed with its evidence. */
import { describe, expect, it } from "vitest";
import type { PathsResponse } from "../../web/shared/api-types";
import { hook, openPage, screenshot, waitForGraph } from "./support/browser";
import { e2eSuite, searchAndChoose } from "./support/suite";

const suite = e2eSuite();

const MIAO = "person:苗圩";
const QIANGJI = "program:工业强基工程";

async function apiPaths(from: string, to: string): Promise<PathsResponse> {
  const response = await fetch(`${suite.server.url}/api/paths?${new URLSearchParams({ from, to })}`);
  expect(response.status).toBe(200);
  return (await response.json()) as PathsResponse;
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

describe("paths", () => {
  it("draws a path between 苗圩 and 工业强基工程 with its evidence", async () => {
    const expected = await apiPaths(MIAO, QIANGJI);
    expect(expected.paths.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.url);
    await waitForGraph(page);

    // Start: the selected node's "paths from here"; end: the paths panel's own search.
    await searchAndChoose(page, "苗圩", MIAO);
    await page.getByTestId("path-from-here").click();
    expect(await page.getByTestId("path-from").getAttribute("data-node-id")).toBe(MIAO);
    await page.getByTestId("path-to-input").fill("工业强基工程");
    await page.locator(`[data-testid="path-search-result"][data-node-id="${QIANGJI}"]`).click({ timeout: 10_000 });
    await page.getByTestId("path-list").waitFor({ timeout: 15_000 });
    expect(await hook(page, "pathCount")).toBe(expected.paths.length);

    // Drawn: sigma highlights exactly the paths' nodes and draws their relationships in the path colour.
    const nodeIds = sorted(expected.paths.flatMap((p) => p.nodes.map((n) => n.id)));
    const edgeIds = sorted(expected.paths.flatMap((p) => p.steps.flatMap((s) => s.relationships)));
    expect(nodeIds).toContain(MIAO);
    expect(nodeIds).toContain(QIANGJI);
    await page.waitForFunction((want) => JSON.stringify([...(window.__miit?.highlightedNodeIds ?? [])].sort()) === want, JSON.stringify(nodeIds));
    expect(sorted(await hook(page, "pathEdgeIds"))).toEqual(edgeIds);
    for (const id of nodeIds) expect(await page.evaluate((n) => window.__miit?.nodeViewportPosition(n) ?? null, id)).not.toBeNull();

    // Listed: one item per path, one line per step, each step's evidence sentences as text.
    const panel = page.getByTestId("paths-panel");
    expect(await panel.getByTestId("path-item").count()).toBe(expected.paths.length);
    const first = expected.paths[0];
    const steps = panel.getByTestId("path-item").first().getByTestId("path-step");
    expect(await steps.count()).toBe(first?.steps.length);
    for (const [i, step] of (first?.steps ?? []).entries()) {
      const item = steps.nth(i);
      expect(await item.getAttribute("data-type")).toBe(step.type);
      const texts = await item.getByTestId("evidence-item").locator("blockquote").allTextContents();
      expect(texts).toEqual(step.evidence.map((e) => e.text));
    }
    expect(await panel.locator("[data-testid=evidence-item] mark").count()).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    await screenshot(page, "path-miaowei-qiangji");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says when no path is within the chosen number of steps", async () => {
    const hops = (await apiPaths(MIAO, QIANGJI)).paths[0]?.steps.length ?? 0;
    expect(hops).toBeGreaterThan(1);
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.url);
    await waitForGraph(page);
    await page.getByTestId("paths-toggle").click();
    await page.getByTestId("path-from-input").fill("苗圩");
    await page.locator(`[data-testid="path-search-result"][data-node-id="${MIAO}"]`).click({ timeout: 10_000 });
    await page.getByTestId("path-max").selectOption(String(hops - 1));
    await page.getByTestId("path-to-input").fill("工业强基工程");
    await page.locator(`[data-testid="path-search-result"][data-node-id="${QIANGJI}"]`).click({ timeout: 10_000 });
    const none = page.getByTestId("path-none");
    await none.waitFor({ timeout: 15_000 });
    expect(await none.textContent()).toContain(String(hops - 1));
    expect(await hook(page, "pathEdgeIds")).toEqual([]);
    await screenshot(page, "path-none");
    // One more step allowed finds it again.
    await page.getByTestId("path-max").selectOption(String(hops));
    await page.getByTestId("path-list").waitFor({ timeout: 15_000 });
    await screenshot(page, "path-none-then-found");
    // The panel speaks English too; the data (names, evidence) stays Chinese.
    await page.getByTestId("ui-lang").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.getByTestId("paths-panel").locator("h2").textContent()).toBe("Paths");
    expect(await page.getByTestId("path-show-alone").first().textContent()).toBe("Draw only this path");
    await page.getByTestId("path-show-alone").first().click();
    expect(await page.getByTestId("path-show-alone").first().textContent()).toBe("Draw every path");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reopens the same paths from a shared link", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.url);
    await waitForGraph(page);
    await page.getByTestId("paths-toggle").click();
    await page.getByTestId("path-from-input").fill("苗圩");
    await page.locator(`[data-testid="path-search-result"][data-node-id="${MIAO}"]`).click({ timeout: 10_000 });
    await page.getByTestId("path-to-input").fill("工业强基工程");
    await page.locator(`[data-testid="path-search-result"][data-node-id="${QIANGJI}"]`).click({ timeout: 10_000 });
    await page.getByTestId("path-list").waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => window.location.search.includes("pathTo="));
    const shared = page.url();
    const drawn = sorted(await hook(page, "highlightedNodeIds"));
    await page.context().close();

    const second = await openPage(suite.browser);
    await second.page.goto(shared);
    await waitForGraph(second.page);
    await second.page.getByTestId("path-list").waitFor({ timeout: 15_000 });
    expect(await second.page.getByTestId("path-from").getAttribute("data-node-id")).toBe(MIAO);
    expect(await second.page.getByTestId("path-to").textContent()).toContain("工业强基工程");
    await second.page.waitForFunction((want) => JSON.stringify([...(window.__miit?.highlightedNodeIds ?? [])].sort()) === want, JSON.stringify(drawn));
    expect(errors.concat(second.errors)).toEqual([]);
    await second.page.context().close();
  });
});
