/**
 * End-to-end: a shared link carries the data version (`v`), and opening an old link after a re-ingest still opens
 * its view and says which documents changed — in real headless Chromium against the real server and Neo4j.
 * The re-ingest (one corpus document edited, one fixture document added) stays in the database: every e2e file
 * empties it and loads the corpus again first (ensureCorpusIngested), so no other file sees it.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../ingest/pipeline";
import type { DataVersionResponse, NodeResponse } from "../../web/shared/api-types";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { hook, openPage, screenshot, waitForGraph } from "./support/browser";
import { e2eSuite } from "./support/suite";

const EDITED = "003_c9a3d1a1ab33e0bb.txt";
const EDITED_ID = "doc:003_c9a3d1a1ab33e0bb";
const ADDED_ID = "doc:2013-informatization-and-software-departments";
const VIEW = `?node=${encodeURIComponent("bureau:规划司")}&from=2013&to=2016`;
const suite = e2eSuite();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "e2e-data-version-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function currentVersion(): Promise<string> {
  return ((await (await fetch(`${suite.server.url}/api/version`)).json()) as DataVersionResponse).dataVersion;
}

async function documentTitle(id: string): Promise<string> {
  const body = (await (await fetch(`${suite.server.url}/api/nodes/${encodeURIComponent(id)}`)).json()) as NodeResponse;
  return String(body.node.properties.title);
}

/** Opens a URL and waits until the graph is drawn and the page has checked the link's data version. */
async function open(path: string): Promise<Page> {
  const { page } = await openPage(suite.browser);
  await page.goto(`${suite.server.url}/${path}`);
  await waitForGraph(page);
  await page.waitForFunction(() => (window.__miit?.checkedDataVersion ?? null) !== null, undefined, { timeout: 15_000 });
  return page;
}

const linkVersion = (page: Page) => new URL(page.url()).searchParams.get("v");

/** Re-ingests: 003 with a new closing paragraph (the same file name, so it replaces) and the lineage fixture (a new document). */
async function reingestChanged(): Promise<void> {
  const text = await readFile(join("corpus", EDITED), "utf8");
  await writeFile(join(dir, EDITED), `${text}\n2019年，规划司负责工业互联网创新发展工程。\n`, "utf8");
  const summary = await ingestPaths([dir, "tests/fixtures/lineage"], { neo4j: neo4jSettingsFromEnv(), replace: true });
  expect(summary.load?.documents).toEqual({ loaded: 1, replaced: 1, unchanged: 0 });
}

async function expectViewOpened(page: Page): Promise<void> {
  expect(await hook(page, "selectedId")).toBe("bureau:规划司");
  expect(await hook(page, "yearRange")).toEqual([2013, 2016]);
  expect(await page.getByTestId("details-panel").getAttribute("data-node-id")).toBe("bureau:规划司");
}

describe("a shared link's data version", () => {
  let oldLink: string;

  it("is in the link (and the copied link) once the page has checked it, and the same data says nothing", async () => {
    const page = await open(VIEW);
    const version = await currentVersion();
    await page.waitForFunction((v) => new URLSearchParams(window.location.search).get("v") === v, version);
    oldLink = page.url();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: suite.server.url });
    await page.getByTestId("copy-link").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oldLink);
    await page.context().close();

    const again = await open(oldLink.slice(suite.server.url.length + 1));
    await expectViewOpened(again);
    expect(await again.getByTestId("data-changed").count()).toBe(0);
    expect(linkVersion(again)).toBe(version);
    await again.context().close();
  });

  it("an old link after a re-ingest says the data changed: the view opens and the notice names what changed", async () => {
    const oldVersion = new URL(oldLink).searchParams.get("v");
    await reingestChanged();
    const newVersion = await currentVersion();
    expect(newVersion).not.toBe(oldVersion);

    const page = await open(oldLink.slice(suite.server.url.length + 1));
    await expectViewOpened(page);
    const notice = page.getByTestId("data-changed");
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.getAttribute("data-kind")).toBe("changes");
    expect([await notice.getAttribute("data-added"), await notice.getAttribute("data-removed"), await notice.getAttribute("data-changed")]).toEqual(["1", "0", "1"]);
    expect(await notice.textContent()).toContain("自此链接生成以来，数据已更新");
    expect(await page.getByTestId("data-changed-added").textContent()).toContain(await documentTitle(ADDED_ID));
    expect(await page.getByTestId("data-changed-changed").textContent()).toContain(await documentTitle(EDITED_ID));
    // The link now stands on the current data: copied again, it opens without the notice.
    await page.waitForFunction((v) => new URLSearchParams(window.location.search).get("v") === v, newVersion);
    await screenshot(page, "old-link-after-reingest-says-data-changed");

    await page.getByTestId("ui-lang").click();
    expect(await notice.textContent()).toContain("The data changed since this link was made — documents added: 1, changed: 1");
    await page.getByTestId("data-changed-close").click();
    await notice.waitFor({ state: "detached" });
    await expectViewOpened(page);
    await page.context().close();
  });

  it("a link whose version is not on record still opens its view and says the data changed, details unknown", async () => {
    const page = await open(`${VIEW}&v=000000000000`);
    await expectViewOpened(page);
    const notice = page.getByTestId("data-changed");
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.getAttribute("data-kind")).toBe("unknown");
    expect(await notice.textContent()).toContain("自此链接生成以来，数据已更新（详情未知）");
    expect(linkVersion(page)).toBe(await currentVersion());
    await screenshot(page, "unknown-link-version-details-unknown");
    await page.context().close();
  });
});
