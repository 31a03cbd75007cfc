/**
 * HTTP probes against the real, listening server (built app included): path traversal, foreign Host
 * headers, oversized URLs, headers and bodies, malformed HTTP, odd parameters on every route. Every
 * probe must get an answer (no reset), never a 5xx, always the security headers, errors in the API's
 * shape, and nothing from outside the app (files, credentials, stack traces). Prints the figures.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, testServer } from "../integration/fixtures/api-setup";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { httpRequest, rawExchange, type RawAnswer } from "./support/raw-http";

interface Probe {
  name: string;
  request: string | Buffer;
  /** The status the probe must get; any 2xx–4xx when omitted. */
  expect?: number | ((status: number) => boolean);
}

const get = (target: string, headers?: Record<string, string>) => httpRequest("GET", target, headers ? { headers } : {});
const postJson = (body: string, headers: Record<string, string> = {}) =>
  httpRequest("POST", "/api/cypher", { headers: { "Content-Type": "application/json", ...headers }, body });
const nested = (depth: number) => `{"query":"RETURN $p AS p","params":{"p":${"[".repeat(depth)}${"]".repeat(depth)}}}`;

const TRAVERSALS = [
  "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/assets/..%2f..%2fpackage.json",
  "/assets/../../package.json", "/%2e%2e%5c%2e%2e%5cpackage.json", "/....//....//etc/passwd", "/..;/..;/etc/passwd",
  "/%252e%252e/%252e%252e/etc/passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/.env", "/.git/config", "/.neo4j/conf/neo4j.conf",
  "/package.json", "/web/server/config.ts", "/assets/%00../../package.json", "//etc/passwd", "/api/../package.json",
  "/api/nodes/..%2f..%2f..%2fetc%2fpasswd", "/api/bureaus/%2e%2e%2f%2e%2e%2fpackage.json", "/node_modules/neo4j-driver/package.json",
];
const FOREIGN_HOSTS = ["evil.example", "evil.example:3000", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]", "0.0.0.0", "LOCALHOST.evil", "attacker.test:80"];
const LOCAL_HOSTS = ["127.0.0.1", "localhost", "LOCALHOST", "localhost:1234", "[::1]:3000"];
const ODD_GETS = [
  "/api/graph?from=abc", "/api/graph?from=2010&to=2001", "/api/graph?from=2010&from=2012", "/api/graph?labels=Nope", "/api/graph?from=1e99",
  "/api/graph?from=-1", "/api/graph?limit=%00", "/api/search", "/api/search?q=", `/api/search?q=${"长".repeat(200)}`, "/api/search?q=%E0%A4%A",
  "/api/search?q=*", "/api/search?q=a%22%20OR%201%3D1", "/api/search?q=\\", "/api/search?__proto__[x]=1&q=a", "/api/search?q[]=a",
  "/api/nodes/", "/api/nodes/%00", "/api/nodes/%ZZ", `/api/nodes/${"x".repeat(5000)}`, "/api/nodes/no:such", "/api/nodes/no:such/neighbours",
  "/api/bureaus/%E0%A4%A", "/api/bureaus/no:such", "/api/bureaus/bureau:规划司?from=x", "/api/years?x=1", "/api/schema?x=%ff",
  "/api/paths", "/api/paths?from=a", "/api/paths?from=a&from=b&to=c", "/api/paths?from=%00&to=%ZZ", "/api/paths?from=no:such&to=no:other",
  "/api/paths?from=a&to=b&max=1e3", "/api/paths?from=a&to=b&max=-1", "/api/paths?from=a&to=b&max=6%0A]-()%20RETURN%201", `/api/paths?from=${"x".repeat(5000)}&to=y`,
  "/api/examples/../health", "/api/nope", "/api", "/api/", "/nonexistent.js", "/?<script>alert(1)</script>",
  "/api/version?x=%ff", "/api/versions/", "/api/versions/%00/changes", "/api/versions/..%2fhealth/changes", `/api/versions/${"a".repeat(5000)}/changes`,
  "/api/versions/000000000000/changes", "/api/versions/0123456789AB/changes", "/api/versions/0123456789ab%00/changes",
];

const PROBES: Probe[] = [
  ...TRAVERSALS.map((target) => ({ name: `traversal ${target}`, request: get(target) })),
  ...FOREIGN_HOSTS.map((host) => ({ name: `foreign Host ${host}`, request: get("/api/health", { Host: host }), expect: 421 })),
  { name: "no Host (HTTP/1.0)", request: "GET /api/health HTTP/1.0\r\n\r\n", expect: 421 },
  { name: "foreign Host on the app", request: get("/", { Host: "evil.example" }), expect: 421 },
  { name: "foreign Host on the console", request: postJson('{"query":"RETURN 1"}', { Host: "evil.example" }), expect: 421 },
  ...LOCAL_HOSTS.map((host) => ({ name: `local Host ${host}`, request: get("/api/years", { Host: host }), expect: 200 })),
  ...ODD_GETS.map((target) => ({ name: `odd GET ${target.slice(0, 60)}`, request: get(target) })),
  { name: "URL of 1 MB", request: get(`/api/search?q=${"a".repeat(1 << 20)}`), expect: 431 },
  { name: "URL of 100 KB", request: get(`/api/graph?from=${"1".repeat(100_000)}`), expect: 431 },
  { name: "header of 100 KB", request: get("/api/health", { "X-Big": "a".repeat(100_000) }), expect: 431 },
  { name: "1,000 headers", request: get("/api/health", Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`X-H${i}`, "v"]))) },
  { name: "console body of 3 MB", request: postJson(`{"query":"RETURN 1 //${"a".repeat(3 << 20)}"}`), expect: 413 },
  { name: "console body of 20 MB", request: postJson(`{"query":"RETURN 1 //${"a".repeat(20 << 20)}"}`), expect: 413 },
  { name: "Content-Length of 100 GB", request: httpRequest("POST", "/api/cypher", { headers: { "Content-Type": "application/json", "Content-Length": "99999999999" }, body: "{}" }), expect: 413 },
  { name: "params nested 50,000 deep", request: postJson(nested(50_000)), expect: 400 },
  { name: "params nested 1,000 deep", request: postJson(nested(1_000)), expect: 400 },
  { name: "params nested 20 deep", request: postJson(nested(20)), expect: 200 },
  { name: "map nested 10,000 deep", request: postJson(`{"query":"RETURN $p","params":{"p":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}}`), expect: 400 },
  { name: "invalid JSON", request: postJson("{query:"), expect: 400 },
  { name: "__proto__ in JSON", request: postJson('{"query":"RETURN 1","__proto__":{"admin":true}}'), expect: 400 },
  { name: "constructor.prototype in params", request: postJson('{"query":"RETURN 1","params":{"constructor":{"prototype":{"x":1}}}}'), expect: 400 },
  { name: "JSON null", request: postJson("null"), expect: 400 },
  { name: "JSON array", request: postJson("[]"), expect: 400 },
  { name: "JSON string", request: postJson('"MATCH (n) RETURN n"'), expect: 400 },
  { name: "empty JSON body", request: postJson(""), expect: 400 },
  { name: "query not a string", request: postJson('{"query":{"$ne":1}}'), expect: 400 },
  { name: "parameter name with a space", request: postJson('{"query":"RETURN 1","params":{"a b":1}}'), expect: 400 },
  { name: "text/plain body", request: httpRequest("POST", "/api/cypher", { headers: { "Content-Type": "text/plain" }, body: "MATCH (n) RETURN n" }), expect: (s) => s === 400 || s === 415 },
  { name: "no Content-Type", request: httpRequest("POST", "/api/cypher", { body: '{"query":"RETURN 1"}' }), expect: 415 },
  { name: "form body", request: httpRequest("POST", "/api/cypher", { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "query=RETURN+1" }), expect: 415 },
  { name: "multipart body", request: httpRequest("POST", "/api/cypher", { headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: "--x--" }), expect: 415 },
  { name: "JSON in UTF-16", request: Buffer.concat([Buffer.from("POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json; charset=utf-16\r\nContent-Length: 42\r\n\r\n"), Buffer.from('{"query":"RETURN 1"}', "utf16le"), Buffer.from([0, 0])]) },
  { name: "CORS preflight", request: httpRequest("OPTIONS", "/api/cypher", { headers: { Origin: "http://evil.example", "Access-Control-Request-Method": "POST" } }), expect: 404 },
  { name: "PUT on the console", request: httpRequest("PUT", "/api/cypher", { body: "" }), expect: 404 },
  { name: "DELETE a node", request: httpRequest("DELETE", `/api/nodes/${encodeURIComponent("bureau:规划司")}`), expect: 404 },
  { name: "TRACE", request: httpRequest("TRACE", "/api/health"), expect: (s) => s === 400 || s === 404 || s === 405 },
  { name: "unknown method", request: httpRequest("FOO", "/api/health"), expect: 400 },
  { name: "not HTTP at all", request: "GARBAGE\r\n\r\n", expect: 400 },
  { name: "binary noise", request: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)), expect: 400 },
  { name: "bad chunk size", request: "POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n", expect: 400 },
  { name: "Content-Length with chunked (smuggling)", request: "POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n", expect: 400 },
  { name: "two Content-Lengths", request: "POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 20\r\nConnection: close\r\n\r\n{}", expect: 400 },
  { name: "header with a bare LF", request: "GET /api/health HTTP/1.1\nHost: 127.0.0.1\nX-A: b\rc\nConnection: close\n\n", expect: (s) => s === 200 || s === 400 },
  { name: "HTTP/2 preface", request: "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", expect: (s) => s >= 400 && s < 500 },
  { name: "absolute URL to another host", request: "GET http://evil.example/api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" },
  { name: "HEAD of the app", request: httpRequest("HEAD", "/"), expect: 200 },
  { name: "the app", request: get("/"), expect: 200 },
  { name: "health", request: get("/api/health"), expect: 200 },
];

const SECRETS = (password: string) => [
  "root:x:0:", '"name": "miit-graph"', "dbms.security", "[core]", "server.bolt.listen_address", password, "node_modules/", "    at ", "NEO4J_PASSWORD=",
];

let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  if (!existsSync("dist/web/index.html")) throw new Error("dist/web is not built: run `npm run build` first (npm test does).");
  await loadCorpus();
  app = await testServer({ staticDir: "dist/web", apiRequestsPerMinute: 100_000 });
  await app.listen({ host: "127.0.0.1", port: 0 });
  port = (app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await app?.close();
});

function problems(probe: Probe, answer: RawAnswer, secrets: string[]): string[] {
  const found: string[] = [];
  if (answer.status === 0) return [`no answer (${answer.failure ?? "closed"})`];
  const wanted = probe.expect;
  if (typeof wanted === "number" && answer.status !== wanted) found.push(`status ${answer.status}, wanted ${wanted}`);
  if (typeof wanted === "function" && !wanted(answer.status)) found.push(`status ${answer.status} not allowed`);
  if (answer.status >= 500) found.push(`server error ${answer.status}`);
  if (!/frame-ancestors 'none'/.test(answer.headers["content-security-policy"] ?? "")) found.push("no CSP with frame-ancestors");
  if (answer.headers["x-content-type-options"] !== "nosniff") found.push("no nosniff");
  if (answer.headers["access-control-allow-origin"] !== undefined) found.push("CORS header sent");
  if (answer.status >= 400) {
    try {
      const body = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code !== "string" || typeof body.error.message !== "string" || body.error.message.length < 10) found.push("error not in the API's shape");
    } catch {
      found.push(`error body is not JSON: ${answer.body.slice(0, 80)}`);
    }
  }
  for (const secret of secrets) if (answer.body.includes(secret)) found.push(`leaks ${JSON.stringify(secret)}`);
  return found;
}

describe("HTTP probes", () => {
  it(`answers all ${PROBES.length} probes with the headers, the error shape and no leak`, async () => {
    const secrets = SECRETS(neo4jSettingsFromEnv().password);
    const failures: Array<{ probe: string; problems: string[] }> = [];
    const statuses = new Map<number, number>();
    let leaks = 0;
    for (const probe of PROBES) {
      const answer = await rawExchange(port, probe.request);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const found = problems(probe, answer, secrets);
      leaks += found.filter((p) => p.startsWith("leaks")).length;
      if (found.length > 0) failures.push({ probe: probe.name, problems: found });
    }
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
    console.log(
      `http probes: tries ${PROBES.length}, answered ${PROBES.length - (statuses.get(0) ?? 0)}, failed ${failures.length}, 5xx ${[...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0)}, leaks ${leaks} (${byStatus})`,
    );
    expect(failures, JSON.stringify(failures, null, 1)).toEqual([]);
    expect(PROBES.length).toBeGreaterThanOrEqual(90);
  });
});
