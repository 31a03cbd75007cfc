/**
 * End-to-end: an analyst rejects an extracted OWNS in real headless Chromium against the real server and Neo4j;
 * it leaves the canvas and the grid, and stays rejected when the corpus is re-ingested and when its document is
 * replaced. Writes without the token, from another origin or with a bad field change nothing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../ingest/pipeline";
import type { DrillDownResponse, ReviewFile } from "../../web/shared/api-types";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { screenshot } from "./support/browser";
import { e2eSuite, searchAndChoose } from "./support/suite";

const TOKEN = "e2e-review-token-0123456789";
const BUREAU = "bureau:规划司";
const PROGRAM = "program:走出去";
/** The corpus document that says 规划司 pushed 走出去 in 2014. */
const SOURCE = "corpus/000_0d3d6d791cae799b.txt";
const suite = e2eSuite({ REVIEW_TOKEN: TOKEN });
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "miit-review-"));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const reviews = async () => ((await (await fetch(`${suite.server.url}/api/reviews`)).json()) as ReviewFile).reviews;
const review = (headers: Record<string, string>, body: unknown) =>
  fetch(`${suite.server.url}/api/reviews`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const reject2014 = { type: "OWNS", start: BUREAU, end: PROGRAM, year: 2014, status: "rejected", note: "e2e" };

async function openPlanning(path = "/"): Promise<Page> {
  const page = await suite.open(path);
  await searchAndChoose(page, "规划司", BUREAU);
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
    const bar = page.getByTestId("cell-review");
    await bar.getByTestId("review-note").fill("走出去 is 国际合作司's, not 规划司's");
    await bar.getByTestId("review-reject").click();
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
    const drill = (await (await fetch(`${suite.server.url}/api/bureaus/${encodeURIComponent(BUREAU)}`)).json()) as DrillDownResponse;
    expect(drill.programs.find((p) => p.id === PROGRAM)?.cells.map((c) => c.year)).toContain(2014);
    expect(await reviews()).toHaveLength(1);

    const again = await openPlanning();
    await again.locator('[data-testid^="grid-cell-"]').first().waitFor({ timeout: 15_000 });
    expect(await cell(again).count()).toBe(0);
    expect(await edgeState(again)).toBe("hidden");
    await screenshot(again, "review-rejected-after-replace");
    await again.context().close();
  });

  it("adds a missing program with its sentence (grid and canvas) and rejects a post in the people list", async () => {
    const page = await openPlanning(`/#review-token=${TOKEN}`);
    await page.getByTestId("add-fact-open").click();
    await page.getByTestId("add-fact-other").fill("两化融合");
    await page.getByTestId("add-fact-year").fill("2014");
    await page.getByTestId("add-fact-sentence").fill("2014年，规划司配合推进两化融合。");
    await page.getByTestId("add-fact-save").click();
    const added = page.locator('[data-testid="grid-cell-两化融合-2014"]');
    await added.waitFor({ timeout: 10_000 });
    expect(await added.getAttribute("data-review")).toBe("added");
    await expect.poll(() => page.evaluate(([b]) => window.__miit?.factEdgeState("OWNS", b ?? "", "program:两化融合", 2014), [BUREAU])).toBe("visible");
    await added.click();
    await expect.poll(() => page.getByTestId("evidence-item").first().textContent()).toContain("配合推进两化融合");

    const person = page.locator('[data-testid="people"] li', { has: page.locator('[data-node-id="person:罗文"]') });
    await person.locator("summary").click();
    await person.getByTestId("review-reject").click();
    await person.waitFor({ state: "detached", timeout: 10_000 });
    await screenshot(page, "review-added-program-and-rejected-post");
    const stored = await reviews();
    expect(stored.map((r) => [r.type, r.status]).sort()).toEqual([["HOLDS", "rejected"], ["OWNS", "added"], ["OWNS", "rejected"]]);
    expect(await page.evaluate(() => window.__miit?.factEdgeState("HOLDS", "person:罗文", "bureau:规划司", 2016))).toBe("hidden");
    await page.context().close();
  });

  it("exports the reviews as one file that imports back", async () => {
    const file = (await (await fetch(`${suite.server.url}/api/reviews`)).json()) as ReviewFile;
    expect(file.format).toBe("miit-graph-reviews");
    expect(file.reviews.length).toBeGreaterThan(0);
    for (const { id } of file.reviews) {
      const del = await fetch(`${suite.server.url}/api/reviews/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } });
      expect(del.status).toBe(200);
    }
    expect(await reviews()).toEqual([]);
    expect((await fetch(`${suite.server.url}/api/reviews/${file.reviews[0]?.id ?? ""}`, { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    const imported = await fetch(`${suite.server.url}/api/reviews/import`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(file) });
    expect(imported.status).toBe(200);
    expect((await reviews()).map((r) => [r.id, r.status, r.note])).toEqual(file.reviews.map((r) => [r.id, r.status, r.note]));
  });
});
