/**
 * End-to-end: markup and script in an ingested document's text and title reach the page as text. A
 * sentence holding `<img onerror>` and `<script>` is shown literally in the evidence list and the
 * document's title in its button; nothing of it runs and no element is made from it.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../ingest/pipeline";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { launchChromium, openPage, screenshot, waitForGraph } from "./support/browser";
import { emptyDatabase, startServer, type RunningServer } from "./support/server";

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = "<script>window.__xss=2</script>";
const TITLE = "2016年<b onmouseover=window.__xss=3>关于工业强基工程</b>的通知";

let server: RunningServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "miit-xss-"));
  await writeFile(join(dir, "xss-notice.txt"), `${TITLE}\n\n2016年，工业和信息化部规划司负责组织实施工业强基工程${IMG}${SCRIPT}。\n`);
  await emptyDatabase();
  await ingestPaths(["corpus", dir], { neo4j: neo4jSettingsFromEnv() });
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("document text in the page", () => {
  it("shows markup and script of a sentence and a title as text, and runs none of it", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/?node=${encodeURIComponent("bureau:规划司")}`);
    await waitForGraph(page);
    const cell = page.locator('[data-testid="grid-cell-工业强基工程-2016"]');
    await cell.waitFor({ timeout: 15_000 });
    await cell.click();
    const item = page.getByTestId("evidence-item").filter({ hasText: "window.__xss=1" });
    await item.waitFor({ timeout: 10_000 });
    const quoted = (await item.locator("blockquote").textContent()) ?? "";
    expect(quoted).toContain(IMG);
    expect(quoted).toContain(SCRIPT);
    expect(await item.locator(".evidence-doc").textContent()).toContain("<b onmouseover=window.__xss=3>");
    await item.locator(".evidence-doc button[data-node-id]").hover();
    // The citation carries the same text, as text: copying it must not turn markup into HTML either.
    expect(await item.getByTestId("cite").getAttribute("data-citation")).toContain("<b onmouseover=window.__xss=3>");
    await item.getByTestId("cite").click();
    await screenshot(page, "document-text-escaped");
    expect(await page.locator('img[src="x"], b[onmouseover], script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await page.context().close();
  });
});
