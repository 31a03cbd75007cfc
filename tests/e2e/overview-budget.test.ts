/**
 * End-to-end: a graph above the overview's budget (GRAPH_NODE_BUDGET=150 on the corpus's ~600 nodes). The page
 * says how many nodes were left out; "show more", search and expanding a node bring the missing ones in.
 */
import { describe, expect, it } from "vitest";
import type { ApiGraph } from "../../web/shared/api-types";
import { hook, screenshot, waitForGraph } from "./support/browser";
import { e2eSuite, searchAndChoose } from "./support/suite";

const BUDGET = 150;
const suite = e2eSuite({ GRAPH_NODE_BUDGET: String(BUDGET) });

async function overview(query = ""): Promise<ApiGraph> {
  const response = await fetch(`${suite.server.url}/api/graph${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ApiGraph;
}

describe("an overview above its budget", () => {
  it("ships the budget's most important nodes, every ministry and bureau among them, without evidence", async () => {
    const budgeted = await overview();
    const whole = await overview("?nodeBudget=100000");
    expect(budgeted.nodes).toHaveLength(BUDGET);
    expect(budgeted.attributes).toMatchObject({ totalNodes: whole.nodes.length, nodeBudget: BUDGET, leftOutNodes: whole.nodes.length - BUDGET });
    const bodies = (g: ApiGraph) => g.nodes.filter((n) => n.attributes.label === "Ministry" || n.attributes.label === "Bureau").map((n) => n.key).sort();
    expect(bodies(budgeted)).toEqual(bodies(whole));
    const ids = new Set(budgeted.nodes.map((n) => n.key));
    expect(budgeted.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(budgeted.edges.some((e) => e.attributes.type === "OWNS")).toBe(true);
    expect(whole.edges.every((e) => e.attributes.properties.evidence === undefined)).toBe(true);
  });

  it("says what was left out; show more, search and expand bring the missing entities in", async () => {
    const whole = await overview("?nodeBudget=100000");
    const budgeted = await overview();
    const shown = new Set(budgeted.nodes.map((n) => n.key));
    const missing = whole.nodes.find((n) => !shown.has(n.key) && n.attributes.label === "Program" && n.attributes.name.length >= 4);
    if (!missing) throw new Error("the corpus has no program outside the budget");

    const page = await suite.open();
    const notice = page.getByTestId("left-out-notice");
    await notice.waitFor({ timeout: 15_000 });
    expect(Number(await notice.getAttribute("data-left-out"))).toBe(whole.nodes.length - BUDGET);
    expect(await hook(page, "nodeCount")).toBe(BUDGET);
    await screenshot(page, "overview-left-out-notice");

    await page.getByTestId("show-more").click();
    await page.waitForFunction((n) => (window.__miit?.nodeCount ?? 0) > n, BUDGET);
    await waitForGraph(page);
    expect(await hook(page, "nodeCount")).toBe(Math.min(whole.nodes.length, BUDGET * 2));

    const fresh = await suite.open();
    expect(await fresh.evaluate((id) => window.__miit?.nodeDisplayColor(id) ?? null, missing.key)).toBeNull();
    await searchAndChoose(fresh, missing.attributes.name, missing.key);
    await expect.poll(() => fresh.evaluate((id) => window.__miit?.nodeDisplayColor(id) ?? null, missing.key)).not.toBeNull();

    // A bureau in the overview whose programs are partly left out: expanding it brings them in.
    await searchAndChoose(fresh, "规划司", "bureau:规划司");
    const before = await hook(fresh, "nodeCount");
    await fresh.getByTestId("expand").click();
    await expect.poll(() => hook(fresh, "nodeCount")).toBeGreaterThan(before);
    await screenshot(fresh, "overview-missing-entity-brought-in");
    await page.context().close();
    await fresh.context().close();
  });
});
