/**
 * What the web bench measures the same way in the app and in the bare sigma page: time to first draw (a WebGL
 * hook installed before any page script), frame times while the same drags pan the camera, and a CPU profile.
 */
import type { CDPSession, Page } from "playwright-core";

/**
 * Time to first draw: performance.now() (ms since navigation start) of the first frame after the first WebGL draw
 * call with vertices (the nodes on screen). An init script, so it sees the page's very first draw call.
 */
export const FIRST_DRAW_INIT_SCRIPT = `window.__firstFrameWithDraw = null; let drew = false;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) for (const m of ["drawArrays", "drawArraysInstanced"]) {
    const orig = proto[m]; if (!orig) continue;
    proto[m] = function (mode, first, count, ...rest) {
      if (!drew && count > 0) { drew = true; requestAnimationFrame(() => { window.__firstFrameWithDraw = performance.now(); }); }
      return orig.call(this, mode, first, count, ...rest);
    };
  }`;

export const LONG_TASKS_INIT_SCRIPT = `window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });`;

/** Installs both init scripts on a page before it navigates. */
export async function installMeasureHooks(page: Page): Promise<void> {
  await page.addInitScript(FIRST_DRAW_INIT_SCRIPT);
  await page.addInitScript(LONG_TASKS_INIT_SCRIPT);
}

/** Waits for the first drawn frame and returns its time (ms since navigation start). */
export async function firstDrawMs(page: Page, timeout = 120_000): Promise<number> {
  await page.waitForFunction("window.__firstFrameWithDraw != null", undefined, { timeout });
  return (await page.evaluate("window.__firstFrameWithDraw")) as number;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Drags the canvas in the same loops for `panMs` (down, 20 moves on an ellipse, up) and returns every frame's
 * duration meanwhile, sorted; the first two frames (the recorder starting) are left out.
 */
export async function panFrameTimes(page: Page, canvasSelector: string, panMs: number): Promise<number[]> {
  const box = await page.locator(canvasSelector).boundingBox();
  if (!box) throw new Error(`bench: ${canvasSelector} is not on the page`);
  // A string, not a function: tsx would wrap named closures in helpers the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const started = Date.now();
  for (let i = 0; Date.now() - started < panMs; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let s = 1; s <= 20; s++) await page.mouse.move(cx + Math.sin(i + s / 6) * 200, cy + Math.cos(i + s / 6) * 120);
    await page.mouse.up();
  }
  return ((await page.evaluate("window.__frames")) as number[]).slice(2).sort((a, b) => a - b);
}

/** Starts a CPU profile of the page when BENCH_PROFILE is set. */
export async function startProfile(page: Page): Promise<CDPSession | undefined> {
  if (!process.env.BENCH_PROFILE) return undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  return cdp;
}

/** Stops the profile and prints (stderr) the 25 functions with the most self time, and the long tasks. */
export async function printProfile(page: Page, cdp: CDPSession | undefined, title: string): Promise<void> {
  if (!cdp) return;
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id);
    const key = n ? `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}` : "?";
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.error(`--- ${title}: self time\n${top.map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join("\n")}`);
  console.error(`--- ${title}: long tasks [start, ms]:`, JSON.stringify(await page.evaluate("window.__long")));
}
