/**
 * A bounded load loop on loopback while Neo4j is killed and started again: eight clients call every API
 * route through the listening server. While Neo4j is away each failure must be a 503 in the API's shape
 * with a message a person can act on (never a 500, a reset or a hang), and the API must answer again
 * soon after Neo4j is back. The caps per client are lifted (the clients share one address; the caps
 * have tests of their own). Prints the failed requests by status and code, and the time to recover.
 */
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../ingest/pipeline";
import { buildServer } from "../../web/server/app";
import { DEFAULT_SERVER_CONFIG } from "../../web/server/config";
import { OwnNeo4j, sleep } from "../../scripts/neo4j/side-server";

const CLIENTS = 8;
/** Steady load before the kill, and after the API answers again. */
const STEADY_MS = 3_000;
/** A request that takes longer than this counts as hung. */
const REQUEST_TIMEOUT_MS = 20_000;

const own = new OwnNeo4j();
let app: FastifyInstance;
let base: string;

interface Outcome {
  at: number;
  route: string;
  status: number;
  code: string;
  message: string;
  ms: number;
}

const ROUTES: Array<{ name: string; path: string; body?: unknown }> = [
  { name: "health", path: "/api/health" },
  { name: "graph", path: "/api/graph" },
  { name: "years", path: "/api/years" },
  { name: "search", path: `/api/search?q=${encodeURIComponent("规划")}` },
  { name: "node", path: `/api/nodes/${encodeURIComponent("bureau:规划司")}` },
  { name: "neighbours", path: `/api/nodes/${encodeURIComponent("bureau:规划司")}/neighbours` },
  { name: "drill-down", path: `/api/bureaus/${encodeURIComponent("bureau:规划司")}` },
  { name: "schema", path: "/api/schema" },
  { name: "console", path: "/api/cypher", body: { query: "MATCH (p:Program)<-[:OWNS]-(b) RETURN b.name, count(p) ORDER BY count(p) DESC LIMIT 5" } },
];

async function call(route: (typeof ROUTES)[number]): Promise<Outcome> {
  const started = Date.now();
  try {
    const response = await fetch(base + route.path, {
      method: route.body ? "POST" : "GET",
      headers: route.body ? { "content-type": "application/json" } : {},
      body: route.body ? JSON.stringify(route.body) : null,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let code = "";
    let message = "";
    if (response.status !== 200) {
      try {
        const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
        code = body.error?.code ?? "(no code)";
        message = body.error?.message ?? "";
      } catch {
        code = "(not JSON)";
        message = text.slice(0, 120);
      }
    }
    return { at: started, route: route.name, status: response.status, code, message, ms: Date.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { at: started, route: route.name, status: 0, code: cause, message: String(error), ms: Date.now() - started };
  }
}

beforeAll(async () => {
  await own.start();
  await own.write("MATCH (n) DETACH DELETE n");
  await ingestPaths(["corpus"], { neo4j: own.settings() });
  app = await buildServer({ ...DEFAULT_SERVER_CONFIG, neo4j: own.settings(), staticDir: "no-such-dir", apiRequestsPerMinute: 1_000_000, cypherConcurrentPerClient: CLIENTS }, { logger: false });
  await app.listen({ host: "127.0.0.1", port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await own.close();
  await own.stop();
});

describe("load loop with a Neo4j restart", () => {
  it("answers 503 with a message while Neo4j is away and recovers soon after it is back", async () => {
    const outcomes: Outcome[] = [];
    let stop = false;
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; !stop; i++) {
        outcomes.push(await call(ROUTES[i % ROUTES.length] ?? ROUTES[0]!));
        await sleep(20);
      }
    });
    await sleep(STEADY_MS);
    const killedAt = Date.now();
    await own.kill();
    await sleep(2_000);
    await own.start();
    const upAt = Date.now();
    // Keep the load on until every route has answered 200 for STEADY_MS in a row (or 60 s pass).
    const deadline = upAt + 60_000;
    while (Date.now() < deadline) {
      const lastFailure = Math.max(0, ...outcomes.filter((o) => o.status !== 200).map((o) => o.at + o.ms));
      if (Date.now() - lastFailure > STEADY_MS && outcomes.some((o) => o.at > lastFailure)) break;
      await sleep(250);
    }
    stop = true;
    await Promise.all(clients);

    const failed = outcomes.filter((o) => o.status !== 200);
    const lastFailureEnd = Math.max(upAt, ...failed.map((o) => o.at + o.ms));
    const recoveryMs = lastFailureEnd - upAt;
    const groups = new Map<string, { n: number; sample: string }>();
    for (const o of failed) {
      const key = `${o.status} ${o.code}`;
      groups.set(key, { n: (groups.get(key)?.n ?? 0) + 1, sample: groups.get(key)?.sample ?? o.message });
    }
    const slowest = Math.max(...outcomes.map((o) => o.ms));
    const firstSuccess = Math.min(...outcomes.filter((o) => o.status === 200 && o.at + o.ms > killedAt).map((o) => o.at + o.ms));
    console.log(
      `load loop with a Neo4j restart: ${outcomes.length} requests, ${failed.length} failed, Neo4j away ${((upAt - killedAt) / 1000).toFixed(1)} s, ` +
        `first answer ${(Math.max(0, firstSuccess - upAt) / 1000).toFixed(1)} s and last failure ${(recoveryMs / 1000).toFixed(1)} s after it was back, slowest answer ${slowest} ms`,
    );
    for (const [key, { n, sample }] of groups) console.log(`  ${n} × ${key}: ${sample}`);

    expect(failed.length).toBeGreaterThan(0);
    const wrong = failed.filter((o) => o.status !== 503 || !/npm run neo4j:start|try again|NEO4J_URI/i.test(o.message));
    expect(wrong.map((o) => `${o.route} ${o.status} ${o.code} ${o.message}`)).toEqual([]);
    expect(slowest).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(recoveryMs).toBeLessThan(15_000);
    const after = await Promise.all(ROUTES.map(call));
    expect(after.filter((o) => o.status !== 200)).toEqual([]);
  });
});
