/**
 * The hostile console battery: statements that try to write, administer, read the server, fetch
 * files or reach other sessions, each in several disguises. Every one must be refused with a clear
 * 4xx, and the database — counts, users, indexes, constraints, other sessions' transactions — must be
 * exactly as before. Prints the battery's figures (tries, refused, changed, leaks).
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../web/shared/api-types";
import { loadCorpus, testServer } from "../integration/fixtures/api-setup";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";

const BASE = [
  "SHOW SETTINGS", "SHOW TRANSACTIONS", "SHOW PROCEDURES", "SHOW FUNCTIONS", "SHOW INDEXES", "SHOW CONSTRAINTS",
  "SHOW USERS", "SHOW DATABASES", "SHOW CURRENT USER", "SHOW PRIVILEGES",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "CREATE USER intruder SET PASSWORD 'intruder1234'",
  "DROP USER neo4j", "ALTER USER neo4j SET PASSWORD 'changed12345'", "CREATE DATABASE intruder", "STOP DATABASE neo4j",
  "CREATE INDEX intruder FOR (n:Intruder) ON (n.x)", "DROP INDEX entity_id IF EXISTS", "CREATE CONSTRAINT intruder FOR (n:Intruder) REQUIRE n.x IS UNIQUE",
  "CREATE (n:Intruder)", "MERGE (n:Intruder {x: 1})", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.pwned = true",
  "MATCH (n) REMOVE n.name", "FOREACH (x IN [1] | CREATE (:Intruder))", "UNWIND [1] AS x CALL { CREATE (:Intruder) } IN TRANSACTIONS",
  "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD CSV FROM 'http://127.0.0.1:9/x' AS r RETURN r",
  "CALL dbms.security.listUsers()", "CALL db.createLabel('Intruder')", "CALL dbms.listConfig()", "CALL dbms.killTransaction('x')",
  "CALL db.clearQueryCaches()", "CALL apoc.cypher.run('CREATE (:Intruder)', {})", "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) RETURN n', {})",
  "USE system SHOW USERS", "MATCH (n) RETURN n; CREATE (:Intruder)", "CYPHER runtime=slotted CREATE (:Intruder)",
];
/** Ways to hide a statement from a text check that Neo4j would still read as the statement. */
const DISGUISES: Array<(q: string) => string> = [
  (q) => q,
  (q) => `\u001c${q}`,
  (q) => `//note\r${q}`,
  (q) => `\u200b${q}`,
  (q) => `/* c */ ${q}`,
  (q) => q.replace(/^(\w)/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
];
const STATEMENTS = [...new Set(BASE.flatMap((q) => DISGUISES.map((d) => d(q))))];

let app: FastifyInstance;
let driver: Driver;

async function state(): Promise<string> {
  const run = async (query: string, database?: string) =>
    JSON.stringify((await driver.executeQuery(query, {}, database ? { database } : {})).records.map((r) => r.toObject()));
  return [
    await run("MATCH (n) RETURN count(n) AS nodes"),
    await run("MATCH ()-[r]->() RETURN count(r) AS relationships"),
    await run("MATCH (n) WHERE n.pwned IS NOT NULL OR n:Intruder RETURN count(n) AS touched"),
    await run("SHOW INDEXES YIELD name RETURN collect(name) AS indexes"),
    await run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS constraints"),
    await run("SHOW USERS YIELD user RETURN collect(user) AS users", "system"),
    await run("SHOW DATABASES YIELD name RETURN collect(DISTINCT name) AS databases", "system"),
  ].join("\n");
}

beforeAll(async () => {
  await loadCorpus();
  app = await testServer({ apiRequestsPerMinute: 100_000 });
  const s = neo4jSettingsFromEnv();
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password));
});

afterAll(async () => {
  await app?.close();
  await driver?.close();
});

describe("the hostile console battery", () => {
  it(`refuses all ${STATEMENTS.length} statements with a 4xx and leaves the database as it was`, async () => {
    const before = await state();
    // Another session's transaction that a TERMINATE would kill.
    const bystander = driver.session();
    const tx = bystander.beginTransaction();
    await tx.run("MATCH (n) RETURN count(n) AS n");
    const outcomes: Array<{ query: string; status: number; code: string }> = [];
    for (const query of STATEMENTS) {
      const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query } });
      const body = JSON.parse(response.body) as Partial<ApiError>;
      outcomes.push({ query, status: response.statusCode, code: body.error?.code ?? "(answered)" });
    }
    const stillOpen = await tx.run("RETURN 1 AS alive").then(() => true, () => false);
    await tx.rollback().catch(() => undefined);
    await bystander.close();
    const after = await state();
    const accepted = outcomes.filter((o) => o.status < 400 || o.status >= 500);
    console.log(`hostile console battery: tries ${outcomes.length}, refused ${outcomes.length - accepted.length}, changed ${before === after ? 0 : 1}, leaks ${accepted.length}, bystander transaction ${stillOpen ? "alive" : "killed"}`);
    expect(accepted, JSON.stringify(accepted, null, 1)).toEqual([]);
    expect(after).toBe(before);
    expect(stillOpen).toBe(true);
    expect(outcomes.length).toBeGreaterThanOrEqual(60);
  });
});

/** Queries that try to exhaust the heap, the answer's size or the time limit. */
const MB = "reduce(s = 'x', i IN range(1, 20) | s + s)";
const HOGS = [
  `UNWIND range(1, 1000) AS i RETURN i, ${MB} AS big`,
  `UNWIND range(1, 200) AS i RETURN i, ${MB} AS big`,
  `UNWIND range(1, 1000) AS i WITH collect(${MB} + toString(i)) AS l RETURN size(l)`,
  "UNWIND range(1, 100000000) AS i WITH collect(i) AS l RETURN size(l)",
  "UNWIND range(1, 100000000) AS i RETURN i ORDER BY i DESC LIMIT 1",
  "UNWIND range(1, 10000000) AS i WITH i, toString(i) AS s RETURN count(DISTINCT s)",
  "MATCH (a), (b), (c) RETURN count(*)",
  "MATCH p = (a)-[*]-(b) RETURN count(p)",
  "MATCH (a), (b) WITH collect([a, b]) AS pairs RETURN size(pairs)",
  "WITH range(1, 10000000) AS l UNWIND l AS x RETURN collect(x)[0..3]",
  "UNWIND range(1, 100000) AS i RETURN [j IN range(1, 1000) | j] AS rows",
  "RETURN reduce(s = 'x', i IN range(1, 40) | s + s) AS huge",
  "UNWIND range(1, 1000) AS i RETURN i, reduce(s = 'x', j IN range(1, 26) | s + s) AS big",
];

describe("resource hogs", () => {
  it(`answers all ${HOGS.length} with a 4xx or a truncated 200 within the byte budget, and Neo4j stays up`, async () => {
    const budget = 8 * 1024 * 1024;
    const outcomes: Array<{ query: string; status: number; code: string; bytes: number }> = [];
    for (const query of HOGS) {
      const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query } });
      const body = JSON.parse(response.body) as Partial<ApiError> & { truncatedBy?: string };
      outcomes.push({ query, status: response.statusCode, code: body.error?.code ?? `truncated by ${body.truncatedBy ?? "nothing"}`, bytes: response.body.length });
    }
    const health = await app.inject({ method: "GET", url: "/api/health" });
    const largest = Math.max(...outcomes.map((o) => o.bytes));
    console.log(
      `resource hogs: tries ${outcomes.length}, 5xx ${outcomes.filter((o) => o.status >= 500).length}, largest answer ${(largest / 1e6).toFixed(1)} MB (budget ${(budget / 1e6).toFixed(1)} MB), health after ${health.statusCode} — ${outcomes.map((o) => `${o.status} ${o.code}`).join(", ")}`,
    );
    expect(outcomes.filter((o) => o.status >= 500), JSON.stringify(outcomes)).toEqual([]);
    // The budget counts row values; the JSON around them (columns, graph, brackets) adds little.
    expect(largest).toBeLessThan(budget * 1.1);
    expect(health.statusCode).toBe(200);
  }, 300_000);
});
