/** End-to-end: when Neo4j is down or the API fails, the page says so and offers a retry instead of going blank. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openPage, screenshot } from "./support/browser";
import { startServer, type RunningServer } from "./support/server";

let browser: Browser;
let deadDb: RunningServer;

beforeAll(async () => {
  // A bolt port nothing listens on: the API starts, /api/health answers 503.
  deadDb = await startServer({ NEO4J_URI: "bolt://127.0.0.1:1" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await deadDb?.close();
});

describe("the error state", () => {
  it("says Neo4j is down and offers a retry", async () => {
    const health = await fetch(`${deadDb.url}/api/health`);
    expect(health.status).toBe(503);
    const { page } = await openPage(browser);
    await page.goto(deadDb.url);
    const state = page.getByTestId("error-state");
    await state.waitFor({ timeout: 20_000 });
    expect(await state.getAttribute("data-failure")).toBe("neo4j");
    expect(await page.getByTestId("retry").isVisible()).toBe(true);
    await screenshot(page, "error-neo4j-down");
    await page.getByTestId("retry").click();
    await state.waitFor();
    await page.context().close();
  });

  it("shows the API's error message when the graph request fails", async () => {
    const { page } = await openPage(browser);
    await page.route("**/api/health", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ ok: true, neo4j: { reachable: true } }) }),
    );
    await page.route("**/api/graph*", (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "internal", message: "graph query failed: <b>not HTML</b>" } }),
      }),
    );
    await page.goto(deadDb.url);
    const state = page.getByTestId("error-state");
    await state.waitFor({ timeout: 20_000 });
    expect(await state.getAttribute("data-failure")).toBe("api");
    expect(await state.locator("pre").textContent()).toContain("<b>not HTML</b>");
    await screenshot(page, "error-api");
    await page.context().close();
  });
});
