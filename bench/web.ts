/**
 * `npm run bench:web`: loads a generated graph (20,000 nodes, 80,000 edges) into the built app in headless
 * Chromium — through the app's own code path (/api/graph → import → FA2 worker → sigma) — and prints time to
 * first draw, layout time, frame times while panning and the time a click on a node takes to show its
 * selection, then the metrics worker's time (PageRank sizes, community colours) and the longest frame meanwhile.
 * In the same run a bare sigma page (bench/bare-sigma/: the same graph, settings and picture, no app) is timed the
 * same way, so that what the app adds over the renderer shows. Serves the builds with a stub API (no Neo4j).
 * After the JSON report, one line: `bench:web firstDrawMs=… bareFirstDrawMs=… panP95Ms=… barePanP95Ms=… clickMs=…`.
 * BENCH_NODES / BENCH_EDGES change the size; BENCH_PROFILE=1 adds CPU profiles and long tasks; BENCH_TRACE=<file>
 * writes a Chromium trace of the app's load; BENCH_DIST=<dir> serves another app build (e.g. an unminified one)
 * and BENCH_BARE_DIST=<dir> another bare page (e.g. one built against another sigma), both as they are.
 */
import { resolve } from "node:path";
import { build } from "vite";
import { launchChromium } from "../tests/e2e/support/browser";
import { measureApp, type AppFigures } from "./web-app";
import { buildBarePage, measureBare, type BareFigures } from "./web-bare";
import { generateGraph, type WebGraphOptions } from "./web-graph";
import { percentile } from "./web-measure";
import { serveBench } from "./web-server";

export interface WebBenchOptions extends WebGraphOptions {
  panMs: number;
}

export const DEFAULT_WEB_BENCH_OPTIONS: WebBenchOptions = {
  nodes: Number(process.env.BENCH_NODES ?? 20_000),
  edges: Number(process.env.BENCH_EDGES ?? 80_000),
  panMs: 4000,
  seed: 42,
};

function round1(n: number): number {
  return Number(n.toFixed(1));
}

function report(o: WebBenchOptions, app: AppFigures, bare: BareFigures): Record<string, unknown> {
  const frames = app.panFrames;
  return {
    nodes: o.nodes,
    edges: o.edges,
    timeToFirstDrawMs: Math.round(app.firstDrawMs),
    interactiveMs: Math.round(app.interactiveMs),
    layoutMs: app.layoutMs,
    rendersBeforeLayoutDone: app.rendersBeforeLayoutDone,
    renderMsMedian: Math.round(app.renderMsMedian),
    panFrames: frames.length,
    panFrameP50Ms: round1(percentile(frames, 50)),
    panFrameP95Ms: round1(percentile(frames, 95)),
    panFramesOver500Ms: frames.filter((f) => f > 500).length,
    panFrameMaxMs: Math.round(frames[frames.length - 1] ?? NaN),
    clickToSelectedFrameMs: Math.round(app.clickMs),
    metricsWorkerMs: app.metrics.workerMs,
    metricsToDrawnMs: app.metrics.toDrawnMs,
    metricsFrameMaxWhileComputingMs: app.metrics.frameMaxWhileComputingMs,
    bare: {
      timeToFirstDrawMs: Math.round(bare.firstDrawMs),
      panFrames: bare.panFrames.length,
      panFrameP50Ms: round1(percentile(bare.panFrames, 50)),
      panFrameP95Ms: round1(percentile(bare.panFrames, 95)),
      panFrameMaxMs: Math.round(bare.panFrames[bare.panFrames.length - 1] ?? NaN),
    },
    renderer: "headless Chromium, --disable-gpu (software WebGL)",
  };
}

/** The one line checked from outside: plain numbers, on a line of its own. */
function summaryLine(app: AppFigures, bare: BareFigures): string {
  return [
    "bench:web",
    `firstDrawMs=${Math.round(app.firstDrawMs)}`,
    `bareFirstDrawMs=${Math.round(bare.firstDrawMs)}`,
    `panP95Ms=${round1(percentile(app.panFrames, 95))}`,
    `barePanP95Ms=${round1(percentile(bare.panFrames, 95))}`,
    `clickMs=${Math.round(app.clickMs)}`,
  ].join(" ");
}

async function main(): Promise<void> {
  const o = DEFAULT_WEB_BENCH_OPTIONS;
  // Built on every run unless given: a stale build would time old code.
  const appDist = resolve(process.env.BENCH_DIST ?? "dist/web");
  if (!process.env.BENCH_DIST) await build({ logLevel: "warn" });
  const bareDist = resolve(process.env.BENCH_BARE_DIST ?? "dist/bench-bare");
  if (!process.env.BENCH_BARE_DIST) await buildBarePage(bareDist);
  const graph = generateGraph(o);
  const { server, url } = await serveBench(appDist, bareDist, JSON.stringify(graph));
  const browser = await launchChromium();
  try {
    // The generator attaches edges to low indices most: the first nodes are the hubs.
    const app = await measureApp(browser, url, o.panMs, graph.nodes.slice(0, 200).map((n) => n.key));
    const bare = await measureBare(browser, `${url}/bare/`, o.panMs, app.positions);
    console.log(JSON.stringify(report(o, app, bare), null, 2));
    console.log(summaryLine(app, bare));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
