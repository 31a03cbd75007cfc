/** E2E support: headless Chromium (the system's /usr/bin/chromium), pages at a given size, screenshots. */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { MiitPageHooks } from "../../../web/src/test-hooks";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOT_DIR = resolve("test-results/screenshots");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
}

/** Opens a fresh context (1280×800 unless told) and records page errors. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: "zh-CN" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Reads one field of window.__miit. */
export function hook<K extends keyof MiitPageHooks>(page: Page, key: K): Promise<MiitPageHooks[K]> {
  return page.evaluate((k) => {
    const hooks = window.__miit;
    if (!hooks) throw new Error("window.__miit is not installed");
    return hooks[k];
  }, key) as Promise<MiitPageHooks[K]>;
}

/** Waits until the graph is loaded and its layout settled. */
export async function waitForGraph(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => (window.__miit?.nodeCount ?? 0) > 0 && window.__miit?.layoutStatus === "done", undefined, {
    timeout,
  });
}
