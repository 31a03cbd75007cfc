/**
 * End-to-end: colouring by Louvain community and sizing by PageRank (computed in the page's worker) redraw the
 * canvas, checked against the same metrics computed here from the API's graph, and kept in the link.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiGraph } from "../../web/shared/api-types";
import { computeMetrics } from "../../web/src/graph/metrics/compute-metrics";
import { toMetricsInput } from "../../web/src/graph/metrics/metrics-input";
import type { NodeMetrics } from "../../web/src/graph/metrics/types";
import { createCanvasGraph } from "../../web/src/graph/graph-instance";
import { replaceGraph } from "../../web/src/graph/import-graph";
import { openPage, screenshot, waitForGraph } from "./support/browser";
import { e2eSuite } from "./support/suite";

const suite = e2eSuite();
let api: ApiGraph;
/** The metrics of the overview graph, computed here the way the page's worker does, from what the API serves. */
let expected: NodeMetrics;

beforeAll(async () => {
  const response = await fetch(`${suite.server.url}/api/graph`);
  expect(response.ok).toBe(true);
  api = (await response.json()) as ApiGraph;
  const graph = createCanvasGraph();
  replaceGraph(graph, api);
  expected = computeMetrics(toMetricsInput(graph));
});


type Drawn = { id: string; size: number; color: string }[];

const drawnNodes = (page: Page): Promise<Drawn> => page.evaluate(() => window.__miit?.drawnNodes() ?? []);
const canvasPixels = (page: Page): Promise<Buffer> => page.locator("#main-canvas").screenshot();

/** Waits until the page's metrics are ready for its graph and the canvas draws with the choice applied. */
async function waitForMetricDraw(page: Page, check: (drawn: Drawn) => boolean): Promise<Drawn> {
  await page.waitForFunction(() => window.__miit?.metricsReady === true, undefined, { timeout: 30_000 });
  for (let i = 0; i < 50; i++) {
    const drawn = await drawnNodes(page);
    if (check(drawn)) return drawn;
    await page.waitForTimeout(100);
  }
  return drawnNodes(page);
}

const byId = (drawn: Drawn) => new Map(drawn.map((d) => [d.id, d]));

describe("metrics and communities", () => {
  it("colouring by community and sizing by PageRank redraw the canvas", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.url);
    await waitForGraph(page);
    const before = await drawnNodes(page);
    const pixelsBefore = await canvasPixels(page);
    expect(before.length).toBe(api.nodes.length);
    const community = expected.community;
    // The corpus has communities that mix labels (a bureau and its programs): label colours cannot pass for them.
    const labelsOf = new Map(api.nodes.map((n) => [n.key, n.attributes.label]));
    const mixed = Object.keys(community).some((a) => Object.keys(community).some((b) => community[a] === community[b] && labelsOf.get(a) !== labelsOf.get(b)));
    expect(expected.communityCount).toBeGreaterThan(1);
    expect(mixed).toBe(true);

    await page.getByTestId("color-by").selectOption("community");
    const coloured = await waitForMetricDraw(page, (drawn) => drawn.some((d, i) => d.color !== before[i]?.color));
    // One colour per community (as computed here from the API graph), more than one colour in all.
    const colourOf = new Map<number, string>();
    for (const d of coloured) {
      const c = community[d.id];
      expect(c).toBeDefined();
      if (!colourOf.has(c as number)) colourOf.set(c as number, d.color);
      expect(d.color).toBe(colourOf.get(c as number));
    }
    expect(new Set(coloured.map((d) => d.color)).size).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.__miit?.metricValues("community"))).toEqual(community);
    expect(await page.getByTestId("legend-color").textContent()).toContain(String(expected.communityCount));
    const pixelsColoured = await canvasPixels(page);
    expect(pixelsColoured.equals(pixelsBefore)).toBe(false);
    await screenshot(page, "metrics-colour-by-community");

    await page.getByTestId("size-by").selectOption("pagerank");
    const pagerank = expected.pagerank;
    const top = Object.keys(pagerank).sort((a, b) => (pagerank[b] ?? 0) - (pagerank[a] ?? 0))[0] ?? "";
    const sized = await waitForMetricDraw(page, (drawn) => byId(drawn).get(top)?.size === Math.max(...drawn.map((d) => d.size)));
    const sizes = byId(sized);
    const largest = Math.max(...sized.map((d) => d.size));
    expect(sizes.get(top)?.size).toBe(largest);
    expect(sized.filter((d) => d.size === largest).map((d) => d.id)).toEqual([top]);
    // Sizes follow PageRank: ordered by rank, no node is drawn smaller than one ranked below it.
    const ranked = [...sized].sort((a, b) => (pagerank[a.id] ?? 0) - (pagerank[b.id] ?? 0));
    ranked.forEach((d, i) => {
      if (i > 0) expect(d.size).toBeGreaterThanOrEqual((ranked[i - 1]?.size ?? 0) - 1e-9);
    });
    const sizeBefore = byId(before);
    expect(sized.some((d) => d.size !== sizeBefore.get(d.id)?.size)).toBe(true);
    expect((await canvasPixels(page)).equals(pixelsColoured)).toBe(false);
    expect(await page.getByTestId("legend-size").textContent()).toContain("PageRank");
    await screenshot(page, "metrics-size-by-pagerank");

    await page.waitForFunction(() => /sizeBy=pagerank/.test(window.location.search) && /colorBy=community/.test(window.location.search));
    const shared = page.url();
    expect(errors).toEqual([]);
    await page.context().close();

    const again = await openPage(suite.browser);
    await again.page.goto(shared);
    await waitForGraph(again.page);
    expect(await again.page.getByTestId("size-by").inputValue()).toBe("pagerank");
    expect(await again.page.getByTestId("color-by").inputValue()).toBe("community");
    const restored = byId(await waitForMetricDraw(again.page, (drawn) => byId(drawn).get(top)?.size === largest));
    expect(restored.get(top)?.size).toBe(largest);
    expect(again.errors).toEqual([]);
    await again.page.context().close();
  });
});
