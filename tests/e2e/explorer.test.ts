/** End-to-end: the explorer in real headless Chromium against the real API server and Neo4j with the corpus ingested. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentKindName } from "../../web/src/i18n-model";
import { hook, launchChromium, openPage, screenshot, waitForGraph } from "./support/browser";
import { ensureCorpusIngested, healthNodeCount, startServer, type RunningServer } from "./support/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureCorpusIngested();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openApp(path = "/"): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  await opened.page.goto(`${server.url}${path}`);
  await waitForGraph(opened.page);
  return opened;
}

async function searchAndChoose(page: Page, text: string, id: string): Promise<void> {
  await page.getByTestId("search-input").fill(text);
  const option = page.locator(`[data-testid="search-result"][data-node-id="${id}"]`);
  await option.waitFor({ timeout: 10_000 });
  await option.dispatchEvent("mousedown");
  await page.waitForFunction((want) => window.__miit?.selectedId === want, id);
}

describe("the explorer", () => {
  it("lays the overview out once: a reload of the same data draws from the kept layout", async () => {
    const { page } = await openApp();
    expect(await hook(page, "layoutCached")).toBe(false);
    const ids = ["bureau:规划司", "ministry:工业和信息化部", "program:工业强基工程"];
    const where = () => page.evaluate((list) => list.map((id) => window.__miit?.nodeViewportPosition(id) ?? null), ids);
    const before = await where();
    await page.reload();
    await waitForGraph(page);
    expect(await hook(page, "layoutCached")).toBe(true);
    const after = await where();
    after.forEach((p, i) => {
      expect(p?.x).toBeCloseTo(before[i]?.x ?? NaN, 0);
      expect(p?.y).toBeCloseTo(before[i]?.y ?? NaN, 0);
    });
    await page.context().close();
  });

  it("loads and draws the whole graph", async () => {
    const { page, errors } = await openApp();
    expect(await hook(page, "nodeCount")).toBeGreaterThan(0);
    expect(await hook(page, "visibleNodeCount")).toBeGreaterThan(0);
    expect(await hook(page, "firstDrawMs")).not.toBeNull();
    expect(await page.getByTestId("graph-stats").getAttribute("data-layout")).toBe("done");
    await screenshot(page, "app-loaded");
    expect(errors).toEqual([]);
    await page.context().close();

    const large = await openPage(browser, { width: 1920, height: 1080 });
    await large.page.goto(server.url);
    await waitForGraph(large.page);
    await screenshot(large.page, "app-loaded-1920");
    await large.page.context().close();
  });

  it("finds 规划司 and drills into its programs by year with evidence", async () => {
    const { page } = await openApp();
    await searchAndChoose(page, "规划司", "bureau:规划司");
    const cell = page.locator('[data-testid="grid-cell-中国制造2025-2017"]');
    await cell.waitFor({ timeout: 15_000 });
    await cell.click();
    const evidence = page.getByTestId("evidence-item").first();
    await evidence.waitFor();
    const text = (await evidence.locator("blockquote").textContent()) ?? "";
    expect(text.length).toBeGreaterThan(5);
    expect(await evidence.locator("mark").count()).toBeGreaterThan(0);
    // One link to the document and one "cite" button.
    expect(await evidence.locator(".evidence-doc button[data-node-id]").count()).toBe(1);
    expect(await evidence.getByTestId("cite").count()).toBe(1);
    // How the sentence was read, beside it: a method of the model in Chinese and the confidence.
    const badge = evidence.getByTestId("evidence-method");
    expect(await badge.textContent()).toMatch(/^\p{Script=Han}+ · [01]\.\d\d$/u);
    expect(await badge.getAttribute("data-method")).toMatch(/^[a-z-]+$/);
    await screenshot(page, "drill-down-guihuasi");
    await page.context().close();
  });

  it("finds 工业强基 by the pinyin initials gyqj", async () => {
    const { page } = await openApp();
    await page.getByTestId("search-input").fill("gyqj");
    const first = page.getByTestId("search-result").first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.textContent()).toContain("工业强基");
    await screenshot(page, "search-pinyin");
    const id = await first.getAttribute("data-node-id");
    await first.dispatchEvent("mousedown");
    await page.waitForFunction((want) => window.__miit?.selectedId === want, id);
    await page.getByTestId("details-panel").waitFor();
    await page.context().close();
  });

  it("changes the drawn OWNS edges when the year range narrows", async () => {
    const { page } = await openApp();
    const before = (await hook(page, "visibleEdgesByType")).OWNS ?? 0;
    expect(before).toBeGreaterThan(0);
    await page.getByTestId("year-bar-2017").click();
    await page.waitForFunction(() => window.__miit?.yearRange?.[0] === 2017);
    const after = (await hook(page, "visibleEdgesByType")).OWNS ?? 0;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(Number(await page.getByTestId("graph-stats").getAttribute("data-visible-owns"))).toBe(after);
    await screenshot(page, "years-2017");
    // Typed years take effect as whole years: the keystrokes "2", "20", "201" must not move the range.
    await page.getByTestId("all-years").click();
    await page.waitForFunction(() => window.__miit?.yearRange === null);
    await page.getByTestId("year-from").click({ clickCount: 3 });
    await page.keyboard.type("2016", { delay: 30 });
    await page.getByTestId("year-to").click({ clickCount: 3 });
    await page.keyboard.type("2016", { delay: 30 });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__miit?.yearRange?.[0] === 2016 && window.__miit.yearRange[1] === 2016);
    expect(await page.getByTestId("year-from").inputValue()).toBe("2016");
    // Shift+click on a bar extends the range to that year.
    await page.getByTestId("year-bar-2017").click({ modifiers: ["Shift"] });
    await page.waitForFunction(() => window.__miit?.yearRange?.[0] === 2016 && window.__miit.yearRange[1] === 2017);
    await page.context().close();
  });

  it("runs a Cypher query from the console and draws the rows as a table and a graph", async () => {
    const { page } = await openApp();
    await page.getByTestId("console-toggle").click();
    const editor = page.locator('[data-testid="cypher-editor"] .cm-content');
    await editor.waitFor({ timeout: 15_000 });
    await editor.click();
    await page.keyboard.insertText("MATCH (b:Bureau)-[r:OWNS]->(p:Program) RETURN b,r,p LIMIT 25");
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("result-row-count").waitFor({ timeout: 15_000 });
    expect(await hook(page, "consoleRowCount")).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="result-table"] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, "console-table");
    await page.getByTestId("result-graph-tab").click();
    const graph = page.getByTestId("result-graph");
    await graph.waitFor();
    expect(Number(await graph.getAttribute("data-node-count"))).toBeGreaterThan(0);
    expect(await hook(page, "consoleNodeCount")).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await screenshot(page, "console-graph");
    await page.context().close();
  });

  it("refuses a write from the console with a message and leaves the database unchanged", async () => {
    const before = await healthNodeCount(server.url);
    const { page } = await openApp(`/?console=1&q=${encodeURIComponent("CREATE (n:X) RETURN n")}`);
    await page.getByTestId("run-query").click();
    const error = page.getByTestId("console-error");
    await error.waitFor({ timeout: 15_000 });
    expect(((await error.textContent()) ?? "").length).toBeGreaterThan(10);
    expect(await healthNodeCount(server.url)).toBe(before);
    await screenshot(page, "console-refused");
    await page.context().close();
  });

  it("shows a document's genre, read by the extraction, in its panel", async () => {
    const { page } = await openApp();
    await searchAndChoose(page, "全国工业和信息化工作会在京召开", "doc:001_ce04be11120724e2");
    const panel = page.getByTestId("node-panel");
    await panel.waitFor();
    expect(await panel.textContent()).toContain("文献类型");
    expect(await panel.textContent()).toContain(documentKindName("zh", "work-conference-report"));
    await page.context().close();
  });

  it("restores the selection and the year range from a shared URL", async () => {
    const first = await openApp();
    await searchAndChoose(first.page, "规划司", "bureau:规划司");
    await first.page.getByTestId("year-bar-2016").click();
    await first.page.waitForFunction(() => window.location.search.includes("from=2016"));
    const shared = first.page.url();
    await first.page.context().close();

    const second = await openPage(browser);
    await second.page.goto(shared);
    await waitForGraph(second.page);
    expect(await hook(second.page, "selectedId")).toBe("bureau:规划司");
    expect(await hook(second.page, "yearRange")).toEqual([2016, 2016]);
    expect(await second.page.getByTestId("details-panel").getAttribute("data-node-id")).toBe("bureau:规划司");
    expect(await second.page.getByTestId("year-from").inputValue()).toBe("2016");
    await screenshot(second.page, "shared-url-restored");
    await second.page.context().close();
  });

  it("goes Back to the node selected before, and Forward again", async () => {
    const { page } = await openApp();
    await searchAndChoose(page, "规划司", "bureau:规划司");
    await page.waitForFunction(() => window.location.search.includes("node="));
    await searchAndChoose(page, "科技司", "bureau:科技司");
    await page.waitForFunction(() => decodeURIComponent(window.location.search).includes("科技司"));
    await page.goBack();
    await page.waitForFunction(() => window.__miit?.selectedId === "bureau:规划司");
    expect(await page.getByTestId("details-panel").getAttribute("data-node-id")).toBe("bureau:规划司");
    await page.goForward();
    await page.waitForFunction(() => window.__miit?.selectedId === "bureau:科技司");
    await page.context().close();
  });

  it("selects the node of a console table row in the main canvas, and clears it with the visible button", async () => {
    const { page } = await openApp(`/?console=1&q=${encodeURIComponent("MATCH (b:Bureau)-[r:OWNS]->(p:Program) RETURN p.name AS program, b AS bureau, r.year AS year LIMIT 10")}`);
    await page.getByTestId("run-query").click();
    const row = page.locator('[data-testid="result-row"][data-node-id]').first();
    await row.waitFor({ timeout: 15_000 });
    const id = await row.getAttribute("data-node-id");
    expect(id).toMatch(/^bureau:/);
    await row.locator("td").first().click();
    await page.waitForFunction((want) => window.__miit?.selectedId === want, id);
    expect(await page.getByTestId("details-panel").getAttribute("data-node-id")).toBe(id);
    await page.getByTestId("selection-bar").waitFor();
    await screenshot(page, "console-row-selected");
    await page.getByTestId("clear-selection").click();
    await page.waitForFunction(() => window.__miit?.selectedId === null);
    // The same by keyboard: the row takes focus and Enter selects its node.
    await row.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((want) => window.__miit?.selectedId === want, id);
    await page.getByTestId("clear-selection").click();
    await page.waitForFunction(() => window.__miit?.selectedId === null);
    const before = (await page.locator("#main-canvas").boundingBox())?.height ?? 0;
    await page.getByTestId("console-collapse").click();
    await page.waitForFunction((h) => (document.querySelector("#main-canvas")?.getBoundingClientRect().height ?? 0) > h + 100, before);
    await screenshot(page, "console-collapsed");
    await page.context().close();
  });

  it("hides programs and people without facts in the range unless the option is off", async () => {
    const { page } = await openApp();
    const all = await hook(page, "visibleNodeCount");
    await page.getByTestId("year-bar-2017").click();
    await page.waitForFunction(() => window.__miit?.yearRange?.[0] === 2017);
    expect(await page.getByTestId("hide-empty").isChecked()).toBe(true);
    const hidden = await hook(page, "visibleNodeCount");
    expect(hidden).toBeLessThan(all);
    await screenshot(page, "years-2017-hide-empty");
    await page.getByTestId("hide-empty").uncheck();
    await page.waitForFunction((n) => (window.__miit?.visibleNodeCount ?? 0) > n, hidden);
    expect(await hook(page, "visibleNodeCount")).toBe(all);
    await screenshot(page, "years-2017-keep-empty");
    await page.context().close();
  });

  it("steps through the years with play, changing the drawn OWNS edges", async () => {
    const { page } = await openApp();
    await page.getByTestId("play").click();
    const seen = await page.evaluate(async () => {
      const out: [number | null, number][] = [];
      for (let i = 0; i < 32; i++) {
        const h = window.__miit;
        out.push([h?.yearRange?.[0] ?? null, h?.visibleEdgesByType.OWNS ?? 0]);
        await new Promise((r) => setTimeout(r, 150));
      }
      return out;
    });
    await screenshot(page, "play-stepping");
    const years = new Set(seen.map(([y]) => y).filter((y) => y !== null));
    const owns = new Set(seen.filter(([y]) => y !== null).map(([, n]) => n));
    expect(years.size).toBeGreaterThanOrEqual(2);
    expect(owns.size).toBeGreaterThanOrEqual(2);
    await page.getByTestId("play").click();
    await page.context().close();
  });

  it("answers the keyboard: ? lists shortcuts, / focuses search, arrows move through suggestions, Esc clears", async () => {
    const { page } = await openApp();
    await page.locator("body").press("?");
    await page.getByTestId("shortcuts").waitFor();
    await screenshot(page, "shortcuts");
    await page.keyboard.press("Escape");
    await page.getByTestId("shortcuts").waitFor({ state: "detached" });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("search-input");
    await page.keyboard.type("司");
    await page.getByTestId("search-result").nth(1).waitFor({ timeout: 10_000 });
    await page.keyboard.press("ArrowDown");
    const active = page.locator('[data-testid="search-result"][aria-selected="true"]');
    const id = await active.getAttribute("data-node-id");
    expect(id).toBe(await page.getByTestId("search-result").nth(1).getAttribute("data-node-id"));
    await page.keyboard.press("Enter");
    await page.waitForFunction((want) => window.__miit?.selectedId === want, id);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => window.__miit?.selectedId === null);
    await page.context().close();
  });

  it("exports the drawn graph as JSON and GEXF and the view as PNG, as real downloads", async () => {
    const { page } = await openApp();
    const nodeCount = await hook(page, "nodeCount");
    const save = async (testId: string): Promise<Buffer> => {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
      const path = await file.path();
      const { readFile } = await import("node:fs/promises");
      return readFile(path);
    };
    const json = JSON.parse((await save("export-json")).toString("utf8")) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(Number(nodeCount));
    expect(json.edges.length).toBeGreaterThan(0);
    const gexf = (await save("export-gexf")).toString("utf8");
    expect(gexf).toContain("<gexf");
    expect(gexf.match(/<node /g)?.length).toBe(Number(nodeCount));
    expect(gexf).toContain("规划司");
    const png = await save("export-png");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
    await screenshot(page, "exports");
    await page.context().close();
  });
});
