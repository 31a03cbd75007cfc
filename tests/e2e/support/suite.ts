/**
 * One e2e file's fixtures, set up around the file: the corpus ingested, the real server on an ephemeral port
 * (with `env` overrides) and one headless Chromium; and the steps most files share.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, openPage, waitForGraph } from "./browser";
import { ensureCorpusIngested, startServer, type RunningServer } from "./server";

export interface E2eSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new page at `path` of the app, its graph loaded and laid out. */
  open(path?: string): Promise<Page>;
}

export function e2eSuite(env: Record<string, string> = {}): E2eSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureCorpusIngested();
    server = await startServer(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const suite: E2eSuite = {
    get server() {
      if (!server) throw new Error("e2e: the server is not started (use the suite inside tests)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("e2e: Chromium is not launched (use the suite inside tests)");
      return browser;
    },
    async open(path = "/") {
      const { page } = await openPage(suite.browser);
      await page.goto(`${suite.server.url}${path}`);
      await waitForGraph(page);
      return page;
    },
  };
  return suite;
}

/** Types `text` into the search box, chooses the result with `id` and waits until the page has selected it. */
export async function searchAndChoose(page: Page, text: string, id: string): Promise<void> {
  await page.getByTestId("search-input").fill(text);
  const option = page.locator(`[data-testid="search-result"][data-node-id="${id}"]`);
  await option.waitFor({ timeout: 10_000 });
  await option.dispatchEvent("mousedown");
  await page.waitForFunction((want) => window.__miit?.selectedId === want, id);
}
