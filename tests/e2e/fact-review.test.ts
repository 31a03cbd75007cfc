/**
 * End-to-end: an analyst rejects an extracted OWNS in real headless Chromium against the real server and Neo4j;
 * it leaves the canvas and the grid, and stays rejected when the corpus is re-ingested and when its document is
 * replaced. Writes without the token, from another origin or with a bad field change nothing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../ingest/pipeline";
import type { DrillDownResponse, ReviewFile } from "../../web/shared/api-types";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { launchChromium, openPage, screenshot, waitForGraph } from "./support/browser";
import { ensureCorpusIngested, startServer, type RunningServer } from "./support/server";

const TOKEN = "e2e-review-token-0123456789";
const BUREAU = "bureau:规划司";
const PROGRAM = "program:走出去";
/** The corpus document that says 规划司 pushed 走出去 in 2014. */
const SOURCE = "corpus/000_0d3d6d791cae799b.txt";
let server: RunningServer;
let browser: Browser;
let scratch: string;

beforeAll(async () => {
  await ensureCorpusIngested();
  server = await startServer({ REVIEW_TOKEN: TOKEN });
  browser = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), "miit-review-"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const reviews = async () => ((await (await fetch(`${server.url}/api/reviews`)).json()) as ReviewFile).reviews;
const review = (headers: Record<string, string>, body: unknown) =>
  fetch(`${server.url}/api/reviews`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const reject2014 = { type: "OWNS", start: BUREAU, end: PROGRAM, year: 2014, status: "rejected", note: "e2e" };

async function openPlanning(path = "/"): Promise<Page> {
  const { page } = await openPage(browser);
  await page.goto(`${server.url}${path}`);
  await waitForGraph(page);
  await page.getByTestId("search-input").fill("规划司");
  const option = page.locator(`[data-testid="search-result"][data-node-id="${BUREAU}"]`);
  await option.waitFor({ timeout: 10_000 });
  await option.dispatchEvent("mousedown");
  await page.waitForFunction((want) => window.__miit?.selectedId === want, BUREAU);
  await page.getByTestId("drill-down").waitFor({ timeout: 15_000 });
  return page;
}

const edgeState = (page: Page) => page.evaluate(([b, p]) => window.__miit?.factEdgeState("OWNS", b ?? "", p ?? "", 2014), [BUREAU, PROGRAM]);
const cell = (page: Page) => page.locator('[data-testid="grid-cell-走出去-2014"]');

describe("reviewing facts", () => {
  it("refuses a write without the token (401), from another origin (403) or with a bad field (400), and changes nothing", async () => {
    expect((await review({}, reject2014)).status).toBe(401);
    expect((await review({ authorization: "Bearer wrong-token-0123456789" }, reject2014)).status).toBe(401);
    expect((await review({ authorization: `Bearer ${TOKEN}`, origin: "http://evil.example" }, reject2014)).status).toBe(403);
    expect((await review({ authorization: `Bearer ${TOKEN}` }, { ...reject2014, status: "deleted" })).status).toBe(400);
    expect((await review({ authorization: `Bearer ${TOKEN}` }, { ...reject2014, extra: 1 })).status).toBe(400);
    expect((await review({ authorization: `Bearer ${TOKEN}` }, { ...reject2014, start: "bureau:没有这个司" })).status).toBe(404);
    expect(await reviews()).toEqual([]);
  });

  it("hides a rejected OWNS from the canvas and the grid, through a re-ingest and a replaced document", async () => {
    const page = await openPlanning(`/#review-token=${TOKEN}`);
    await cell(page).waitFor({ timeout: 15_000 });
    expect(await edgeState(page)).toBe("visible");
    await cell(page).click();
    await page.getByTestId("review-note").fill("走出去 is 国际合作司's, not 规划司's");
    await page.getByTestId("review-reject").click();
    await cell(page).waitFor({ state: "detached", timeout: 10_000 });
    expect(await edgeState(page)).toBe("hidden");
    expect(page.url()).not.toContain("review-token");
    await page.getByTestId("show-rejected").check();
    await expect.poll(() => cell(page).getAttribute("data-review")).toBe("rejected");
    expect(await edgeState(page)).toBe("visible");
    await screenshot(page, "review-rejected-shown-struck-through");
    await page.getByTestId("show-rejected").uncheck();
    await cell(page).waitFor({ state: "detached", timeout: 10_000 });
    await screenshot(page, "review-rejected-hidden");
    const [stored] = await reviews();
    expect(stored).toMatchObject({ type: "OWNS", start: BUREAU, end: PROGRAM, year: 2014, status: "rejected", note: "走出去 is 国际合作司's, not 规划司's" });
    await page.context().close();

    await ingestPaths(["corpus"], { neo4j: neo4jSettingsFromEnv() });
    const copy = join(scratch, "000_0d3d6d791cae799b.txt");
    copyFileSync(SOURCE, copy);
    writeFileSync(copy, `${readFileSync(copy, "utf8")}\n（本文件已更新。）\n`);
    const replaced = await ingestPaths([scratch], { neo4j: neo4jSettingsFromEnv(), replace: true });
    expect(replaced.load?.documents.replaced).toBe(1);
    // The extracted fact is back in the graph (the document said it again); the review still stands over it.
    const drill = (await (await fetch(`${server.url}/api/bureaus/${encodeURIComponent(BUREAU)}`)).json()) as DrillDownResponse;
    expect(drill.programs.find((p) => p.id === PROGRAM)?.cells.map((c) => c.year)).toContain(2014);
    expect(await reviews()).toHaveLength(1);

    const again = await openPlanning();
    await again.locator('[data-testid^="grid-cell-"]').first().waitFor({ timeout: 15_000 });
    expect(await cell(again).count()).toBe(0);
    expect(await edgeState(again)).toBe("hidden");
    await screenshot(again, "review-rejected-after-replace");
    await again.context().close();
  });

  it("exports the reviews as one file that imports back", async () => {
    const file = (await (await fetch(`${server.url}/api/reviews`)).json()) as ReviewFile;
    expect(file.format).toBe("miit-graph-reviews");
    const id = file.reviews[0]?.id ?? "";
    const del = await fetch(`${server.url}/api/reviews/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(del.status).toBe(200);
    expect(await reviews()).toEqual([]);
    const imported = await fetch(`${server.url}/api/reviews/import`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(file) });
    expect(imported.status).toBe(200);
    expect((await reviews()).map((r) => [r.id, r.status, r.note])).toEqual(file.reviews.map((r) => [r.id, r.status, r.note]));
  });
});
