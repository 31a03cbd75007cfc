/**
 * The bare sigma page's half of `npm run bench:web` (bench/bare-sigma/): built by vite into its own folder, opened
 * on the same stub API, timed the same way as the app — first draw from the same start positions, then panning
 * by the same drags over the positions the app's layout ended with.
 */
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { build } from "vite";
import "./bare-sigma/hooks";
import { firstDrawMs, installMeasureHooks, panFrameTimes, printProfile, startProfile } from "./web-measure";

export interface BareFigures {
  firstDrawMs: number;
  panFrames: number[];
}

/** Builds the bare page into `outDir`, served at /bare/ (it imports the app's pure graph modules from web/src). */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve("bench/bare-sigma"),
    base: "/bare/",
    publicDir: false,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  });
}

/** Measures the bare page at `url` (the /bare/ path of the stub server), panning over the app's final positions. */
export async function measureBare(browser: Browser, url: string, panMs: number, positions: { x: number[]; y: number[] }): Promise<BareFigures> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  try {
    const cdp = await startProfile(page);
    await installMeasureHooks(page);
    await page.goto(url);
    const drawn = await firstDrawMs(page);
    await page.waitForFunction(() => window.__bare !== undefined, undefined, { timeout: 120_000 });
    await page.evaluate(({ x, y }) => window.__bare?.settle(x, y), positions);
    await printProfile(page, cdp, "bare, load");
    // The app pans right after its layout's last refresh; give the bare page the same quiet second.
    await page.waitForTimeout(1000);
    const panCdp = await startProfile(page);
    const panFrames = await panFrameTimes(page, "#bare-canvas", panMs);
    await printProfile(page, panCdp, "bare, panning");
    return { firstDrawMs: drawn, panFrames };
  } finally {
    await page.context().close();
  }
}
