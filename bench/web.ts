/**
 * `npm run bench:web`: loads a generated graph (20,000 nodes, 80,000 edges) into the built app in headless
 * Chromium — through the app's own code path (/api/graph → import → FA2 worker → sigma) — and prints time to
 * first draw, layout time, frame times while panning and the time a click on a node takes to show its
 * selection, then the metrics worker's time (PageRank sizes, community colours) and the longest frame meanwhile. Serves dist/web with a stub API (no Neo4j needed).
 * BENCH_NODES / BENCH_EDGES change the size; BENCH_PROFILE=1 adds a CPU profile and long tasks; BENCH_TRACE=<file> writes a Chromium trace; BENCH_DIST=<dir>
 * serves another build (e.g. an unminified one).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from "../cypher/model";
import type { ApiGraph } from "../web/shared/api-types";
import { launchChromium } from "../tests/e2e/support/browser";

export interface WebBenchOptions {
  nodes: number;
  edges: number;
  panMs: number;
  seed: number;
}

export const DEFAULT_WEB_BENCH_OPTIONS: WebBenchOptions = {
  nodes: Number(process.env.BENCH_NODES ?? 20_000),
  edges: Number(process.env.BENCH_EDGES ?? 80_000),
  panMs: 4000,
  seed: 42,
};

const DIST = resolve(process.env.BENCH_DIST ?? "dist/web");
const MIME: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

/** Deterministic PRNG (mulberry32) so that every run draws the same graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A graph with the product's shape: many programs and documents, fewer orgs, preferential attachment. */
export function generateGraph(o: WebBenchOptions): ApiGraph {
  const rand = prng(o.seed);
  const weights: Record<NodeLabel, number> = { Ministry: 0.01, Bureau: 0.04, Organization: 0.2, Program: 0.4, Person: 0.15, Document: 0.2 };
  const nodes: ApiGraph["nodes"] = [];
  for (let i = 0; i < o.nodes; i++) {
    let r = rand();
    const label = NODE_LABELS.find((l) => (r -= weights[l]) < 0) ?? "Program";
    nodes.push({ key: `${label.toLowerCase()}:${i}`, attributes: { label, name: `节点${i}`, nameEn: `Node ${i}`, aliases: [], properties: {} } });
  }
  const edges: ApiGraph["edges"] = [];
  for (let i = 0; i < o.edges; i++) {
    const s = Math.floor(rand() * o.nodes);
    const t = Math.floor(Math.pow(rand(), 2.2) * o.nodes); // skewed: hubs exist
    const type: RelationshipType = RELATIONSHIP_TYPES[Math.floor(rand() * RELATIONSHIP_TYPES.length)] ?? "OWNS";
    const dated = type === "OWNS" || type === "HOLDS" || type === "COLLABORATES";
    const source = nodes[s]?.key ?? "";
    const target = nodes[t === s ? (t + 1) % o.nodes : t]?.key ?? "";
    edges.push({
      key: `e${i}`,
      source,
      target,
      attributes: { type, year: dated ? 2010 + Math.floor(rand() * 13) : undefined, properties: {} },
    });
  }
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes, edges };
}

function serve(graphJson: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const json = (status: number, body: string) => res.writeHead(status, { "content-type": "application/json" }).end(body);
    if (path === "/api/health") return json(200, JSON.stringify({ ok: true, neo4j: { reachable: true, version: "bench" } }));
    if (path === "/api/graph") return json(200, graphJson);
    if (path.startsWith("/api/")) return json(404, JSON.stringify({ error: { code: "not_found", message: "bench stub" } }));
    const file = normalize(join(DIST, path === "/" ? "index.html" : path));
    const target = file.startsWith(DIST) && existsSync(file) && statSync(file).isFile() ? file : join(DIST, "index.html");
    res.writeHead(200, { "content-type": MIME[extname(target)] ?? "application/octet-stream" });
    createReadStream(target).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
    }),
  );
}

/**
 * Sizes by PageRank and colours by community, and times it: the worker's own time, until the canvas draws the
 * result, and the longest main-thread frame while the worker computes (the page must stay responsive).
 */
async function timeMetrics(page: Page): Promise<{ workerMs: number; toDrawnMs: number; frameMaxWhileComputingMs: number }> {
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Clicks a node (at the biggest hub's place) and times until the first frame after the page selected it: the whole
 * restyle of the graph (dimming everything outside its neighbourhood) that a click costs.
 */
async function timeSelection(page: Page, box: { x: number; y: number }, id: string): Promise<number> {
  await page.waitForTimeout(1000);
  const at = await page.evaluate((key) => window.__miit?.nodeViewportPosition(key) ?? null, id);
  if (!at) throw new Error(`bench: node ${id} is not on the canvas`);
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.waitForTimeout(500);
  const started = (await page.evaluate("performance.now()")) as number;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  // Nodes overlap at the overview zoom: whichever node is on top there is selected.
  await page.waitForFunction(() => window.__miit?.selectedId != null, undefined, { timeout: 30_000 });
  const framed = (await page.evaluate("new Promise((ok) => requestAnimationFrame(() => ok(performance.now())))")) as number;
  return framed - started;
}

async function main(): Promise<void> {
  const o = DEFAULT_WEB_BENCH_OPTIONS;
  if (!existsSync(join(DIST, "index.html"))) await build({ logLevel: "warn" });
  const graph = generateGraph(o);
  const { server, url } = await serve(JSON.stringify(graph));
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.start");
    }
    // Time to first draw: the first frame after the first WebGL draw call with vertices (the nodes on screen).
    // The app's own firstDrawMs is stamped later, once its controllers are attached.
    await page.addInitScript(`window.__firstFrameWithDraw = null; let drew = false;
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) for (const m of ["drawArrays", "drawArraysInstanced"]) {
        const orig = proto[m]; if (!orig) continue;
        proto[m] = function (mode, first, count, ...rest) {
          if (!drew && count > 0) { drew = true; requestAnimationFrame(() => { window.__firstFrameWithDraw = performance.now(); }); }
          return orig.call(this, mode, first, count, ...rest);
        };
      }`);
    await page.addInitScript(`window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });`);
    if (process.env.BENCH_TRACE) await browser.startTracing(page, { path: process.env.BENCH_TRACE, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "gpu", "toplevel"] });
    await page.goto(url);
    await page.waitForFunction(() => window.__miit?.firstDrawMs != null, undefined, { timeout: 120_000 });
    const firstDrawMs = (await page.evaluate("window.__firstFrameWithDraw ?? NaN")) as number;
    const controllersReadyMs = await page.evaluate(() => window.__miit?.firstDrawMs ?? NaN);
    await page.waitForFunction(() => window.__miit?.layoutStatus === "done", undefined, { timeout: 120_000 });
    const layoutMs = await page.evaluate(() => window.__miit?.layoutMs ?? NaN);
    if (process.env.BENCH_TRACE) await browser.stopTracing();
    const layoutRenders = await page.evaluate(() => window.__miit?.recentRenderMs ?? []);
    const sortedRenders = [...layoutRenders].sort((a, b) => a - b);
    if (cdp) {
      const { profile } = await cdp.send("Profiler.stop");
      const self = new Map<string, number>();
      const dt = profile.timeDeltas ?? [];
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      (profile.samples ?? []).forEach((id, i) => {
        const n = byId.get(id);
        const key = n ? `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}` : "?";
        self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
      });
      console.error([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join("\n"));
    }
    if (process.env.BENCH_PROFILE) console.error("long tasks [start, ms]:", JSON.stringify(await page.evaluate("window.__long")));
    const box = await page.locator("#main-canvas").boundingBox();
    if (!box) throw new Error("bench: the canvas is not on the page");
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
    for (let i = 0; Date.now() - started < o.panMs; i++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let s = 1; s <= 20; s++) await page.mouse.move(cx + Math.sin(i + s / 6) * 200, cy + Math.cos(i + s / 6) * 120);
      await page.mouse.up();
    }
    const frames = ((await page.evaluate("window.__frames")) as number[]).slice(2).sort((a, b) => a - b);
    const selectMs = await timeSelection(page, box, graph.nodes[0]?.key ?? "");
    const metrics = await timeMetrics(page);
    const report = {
      nodes: o.nodes,
      edges: o.edges,
      timeToFirstDrawMs: Math.round(firstDrawMs),
      interactiveMs: Math.round(controllersReadyMs),
      layoutMs,
      rendersBeforeLayoutDone: layoutRenders.length,
      renderMsMedian: Math.round(percentile(sortedRenders, 50)),
      panFrames: frames.length,
      panFrameP50Ms: Number(percentile(frames, 50).toFixed(1)),
      panFrameP95Ms: Number(percentile(frames, 95).toFixed(1)),
      panFramesOver500Ms: frames.filter((f) => f > 500).length,
      panFrameMaxMs: Math.round(frames[frames.length - 1] ?? NaN),
      clickToSelectedFrameMs: Math.round(selectMs),
      metricsWorkerMs: metrics.workerMs,
      metricsToDrawnMs: metrics.toDrawnMs,
      metricsFrameMaxWhileComputingMs: metrics.frameMaxWhileComputingMs,
      renderer: "headless Chromium, --disable-gpu (software WebGL)",
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
