/**
 * The app's half of `npm run bench:web`: opens the built app on the stub API and times its first draw, layout,
 * panning, a click and the metrics worker; returns the positions its layout ended with for the bare page.
 */
import type { Browser, Page } from "playwright-core";
import { firstDrawMs, installMeasureHooks, panFrameTimes, percentile, printProfile, startProfile } from "./web-measure";

export interface AppFigures {
  firstDrawMs: number;
  interactiveMs: number;
  layoutMs: number;
  renderMsMedian: number;
  rendersBeforeLayoutDone: number;
  panFrames: number[];
  clickMs: number;
  metrics: { workerMs: number; toDrawnMs: number; frameMaxWhileComputingMs: number };
  /** The node positions the app's layout ended with (its layout cache), in the graph's node order. */
  positions: { x: number[]; y: number[] };
}

/**
 * Sizes by PageRank and colours by community, and times it: the worker's own time, until the canvas draws the
 * result, and the longest main-thread frame while the worker computes (the page must stay responsive).
 */
async function timeMetrics(page: Page): Promise<AppFigures["metrics"]> {
  await page.evaluate(`(() => { window.__mframes = []; let last = performance.now();
    const tick = (now) => { if (window.__miit?.metricsStatus === "loading") window.__mframes.push(now - last); last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick); })()`);
  const started = Date.now();
  await page.getByTestId("color-by").selectOption("community");
  await page.getByTestId("size-by").selectOption("pagerank");
  await page.waitForFunction(() => window.__miit?.metricsReady === true, undefined, { timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  const toDrawnMs = Date.now() - started;
  const frames = (await page.evaluate("window.__mframes")) as number[];
  return { workerMs: (await page.evaluate(() => window.__miit?.metricsMs)) ?? NaN, toDrawnMs, frameMaxWhileComputingMs: Math.round(Math.max(0, ...frames)) };
}

/**
 * Clicks a hub (the first of `candidates` the panned camera still shows, well inside the canvas) and times until
 * the first frame after the page selected it: the whole restyle (dimming everything outside its neighbourhood).
 */
async function timeSelection(page: Page, candidates: readonly string[]): Promise<number> {
  await page.waitForTimeout(1000);
  const box = await page.locator("#main-canvas").boundingBox();
  if (!box) throw new Error("bench: the canvas is not on the page");
  const inside = (p: { x: number; y: number } | null | undefined) => p != null && p.x > 40 && p.y > 40 && p.x < box.width - 40 && p.y < box.height - 40;
  let at: { x: number; y: number } | null = null;
  for (const id of candidates) {
    const p = await page.evaluate((key) => window.__miit?.nodeViewportPosition(key) ?? null, id);
    if (inside(p)) {
      at = p;
      break;
    }
  }
  if (!at) throw new Error("bench: none of the hubs is on the canvas after panning");
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.waitForTimeout(500);
  const started = (await page.evaluate("performance.now()")) as number;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  // Nodes overlap at the overview zoom: whichever node is on top there is selected.
  await page.waitForFunction(() => window.__miit?.selectedId != null, undefined, { timeout: 30_000 });
  const framed = (await page.evaluate("new Promise((ok) => requestAnimationFrame(() => ok(performance.now())))")) as number;
  return framed - started;
}

/** The positions the app stored once its layout was done (graph/layout-cache.ts). */
async function layoutPositions(page: Page): Promise<AppFigures["positions"]> {
  const stored = (await page.evaluate(`localStorage.getItem("miit-layout")`)) as string | null;
  if (stored === null) throw new Error("bench: the app stored no layout");
  const { x, y } = JSON.parse(stored) as { x: number[]; y: number[] };
  return { x, y };
}

/** Measures the app at `url`; `hubs` are node keys to click, biggest first. */
export async function measureApp(browser: Browser, url: string, panMs: number, hubs: readonly string[]): Promise<AppFigures> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  try {
    const cdp = await startProfile(page);
    await installMeasureHooks(page);
    if (process.env.BENCH_TRACE) await browser.startTracing(page, { path: process.env.BENCH_TRACE, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "gpu", "toplevel"] });
    await page.goto(url);
    // The app's own firstDrawMs is stamped later, once its controllers are attached.
    await page.waitForFunction(() => window.__miit?.firstDrawMs != null, undefined, { timeout: 120_000 });
    const drawn = await firstDrawMs(page);
    const interactiveMs = await page.evaluate(() => window.__miit?.firstDrawMs ?? NaN);
    await page.waitForFunction(() => window.__miit?.layoutStatus === "done", undefined, { timeout: 120_000 });
    const layoutMs = (await page.evaluate(() => window.__miit?.layoutMs)) ?? NaN;
    const positions = await layoutPositions(page);
    if (process.env.BENCH_TRACE) await browser.stopTracing();
    const renders = [...(await page.evaluate(() => window.__miit?.recentRenderMs ?? []))].sort((a, b) => a - b);
    await printProfile(page, cdp, "app, load and layout");
    // A quiet second before panning, as the bare page gets: the layout's last refresh is not a pan frame.
    await page.waitForTimeout(1000);
    const panCdp = await startProfile(page);
    const panFrames = await panFrameTimes(page, "#main-canvas", panMs);
    await printProfile(page, panCdp, "app, panning");
    const clickMs = await timeSelection(page, hubs);
    const metrics = await timeMetrics(page);
    return {
      firstDrawMs: drawn,
      interactiveMs,
      layoutMs,
      renderMsMedian: percentile(renders, 50),
      rendersBeforeLayoutDone: renders.length,
      panFrames,
      clickMs,
      metrics,
      positions,
    };
  } finally {
    await page.context().close();
  }
}
