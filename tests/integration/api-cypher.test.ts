import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, CypherResponse, HealthResponse } from "../../web/shared/api-types";
import { CypherRefusedError } from "../../web/server/errors";
import { Neo4jClient } from "../../web/server/neo4j/client";
import { runConsoleQuery } from "../../web/server/neo4j/console-runner";
import { json, loadCorpus, testServer, testServerConfig } from "./fixtures/api-setup";

let app: FastifyInstance;
let listener: Server;
let listenerPort = 0;
const requestsSeen: string[] = [];

beforeAll(async () => {
  await loadCorpus();
  app = await testServer();
  listener = createServer((request, response) => {
    requestsSeen.push(request.url ?? "");
    response.end("a,b\n1,2\n");
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  listenerPort = (listener.address() as AddressInfo).port;
});

afterAll(async () => {
  await app?.close();
  await new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve()));
});

async function cypher(query: string, params?: Record<string, unknown>, server: FastifyInstance = app) {
  const response = await server.inject({ method: "POST", url: "/api/cypher", payload: params === undefined ? { query } : { query, params } });
  return { status: response.statusCode, body: json<CypherResponse & ApiError>(response) };
}

async function nodeCount(): Promise<number> {
  const response = await app.inject({ method: "GET", url: "/api/health" });
  return json<HealthResponse>(response).counts?.nodes ?? -1;
}

describe("POST /api/cypher runs read queries", () => {
  it("returns columns, JSON rows and the graph of the nodes and relationships in them", async () => {
    const { status, body } = await cypher("MATCH (b:Bureau)-[r:OWNS]->(p:Program) RETURN b,r,p LIMIT 25");
    expect(status).toBe(200);
    expect(body.columns).toEqual(["b", "r", "p"]);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThanOrEqual(25);
    const [b, r] = body.rows[0] as [{ id: string; labels: string[] }, { type: string; start: string; properties: { year: number } }];
    expect(b.id).toMatch(/^bureau:/);
    expect(r).toMatchObject({ type: "OWNS", start: b.id });
    expect(typeof r.properties.year).toBe("number");
    expect(body.graph.nodes.length).toBeGreaterThan(0);
    expect(body.graph.edges.length).toBeGreaterThan(0);
    expect(body.truncated).toBe(false);
    expect(typeof body.elapsedMs).toBe("number");
  });

  it("fetches the ends of relationships returned alone, so the graph is complete", async () => {
    const { body } = await cypher("MATCH ()-[r:OWNS]->() RETURN r LIMIT 5");
    expect(body.graph.edges).toHaveLength(5);
    const keys = new Set(body.graph.nodes.map((n) => n.key));
    for (const edge of body.graph.edges) expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
  });

  it("takes parameters, whole numbers as integers", async () => {
    const { status, body } = await cypher("MATCH (b:Bureau {name: $name}) RETURN b.id AS id LIMIT $n", { name: "规划司", n: 1 });
    expect(status).toBe(200);
    expect(body.rows).toEqual([["bureau:规划司"]]);
  });

  it("allows the read-only procedures", async () => {
    const { status, body } = await cypher("CALL dbms.components() YIELD name, edition RETURN name, edition");
    expect(status).toBe(200);
    expect(body.rows[0]).toEqual(["Neo4j Kernel", "community"]);
  });

  it("stops at the byte budget and says which cap it hit, instead of sending everything", async () => {
    const budgeted = await testServer({ cypherMaxBytes: 100_000 });
    try {
      const response = await budgeted.inject({ method: "POST", url: "/api/cypher", payload: { query: "UNWIND range(1, 50) AS i RETURN i, reduce(s = '', x IN range(1, 10000) | s + 'x') AS big" } });
      expect(response.statusCode).toBe(200);
      expect(response.body.length).toBeLessThan(150_000);
      const body = json<CypherResponse>(response);
      expect(body).toMatchObject({ truncated: true, truncatedBy: "bytes" });
      expect(body.rows.length).toBeLessThan(50);
    } finally {
      await budgeted.close();
    }
  });

  it("stops at the row limit and says the result was truncated", async () => {
    const small = await testServer({ cypherRowLimit: 5 });
    try {
      const { body } = await cypher("UNWIND range(1, 100000) AS x RETURN x", undefined, small);
      expect(body.rows).toEqual([[1], [2], [3], [4], [5]]);
      expect(body.truncated).toBe(true);
    } finally {
      await small.close();
    }
  });

  it("returns Neo4j's syntax error message", async () => {
    const { status, body } = await cypher("MATCH (n RETURN n");
    expect(status).toBe(400);
    expect(body.error.code).toBe("syntax");
    expect(body.error.message).toMatch(/Invalid input/);
  });
});

describe("POST /api/cypher refuses", () => {
  it("writes, and leaves the graph unchanged", async () => {
    const before = await nodeCount();
    for (const query of ["CREATE (n:X) RETURN n", "MATCH (n:Bureau) WITH n LIMIT 1 SET n.hacked = true RETURN n", "MATCH (n:X) DETACH DELETE n"]) {
      const { status, body } = await cypher(query);
      expect(status, query).toBe(400);
      expect(body.error.code, query).toBe("read_only");
    }
    const sneaky = await cypher("CALL { CREATE (n:X) } IN TRANSACTIONS RETURN 1 AS one");
    expect(sneaky.status).toBe(400);
    expect(await nodeCount()).toBe(before);
    const hacked = await cypher("MATCH (n) WHERE n.hacked IS NOT NULL RETURN count(n) AS c");
    expect(hacked.body.rows).toEqual([[0]]);
  });

  it("LOAD CSV without any request reaching the URL, also when only the plan check stands", async () => {
    const url = `http://127.0.0.1:${listenerPort}/x.csv`;
    const { status, body } = await cypher(`LOAD CSV FROM '${url}' AS r RETURN r`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("load_csv");
    const hidden = await cypher(`WITH '${url}' AS u LOAD CSV FROM u AS r RETURN r`);
    expect(hidden.body.error.code).toBe("load_csv");

    const client = new Neo4jClient(testServerConfig());
    try {
      const planOnly = runConsoleQuery(client, `WITH 1 AS x LOAD CSV FROM '${url}' AS r RETURN r`, {});
      await expect(planOnly).rejects.toBeInstanceOf(CypherRefusedError);
      await expect(planOnly).rejects.toMatchObject({ code: "load_csv" });
    } finally {
      await client.close();
    }
    expect(requestsSeen).toEqual([]);
  });

  it("administration commands and procedures off the allow-list", async () => {
    for (const [query, code] of [
      ["CALL dbms.security.listUsers()", "procedure_not_allowed"],
      ["SHOW USERS", "admin_command"],
      ["USE system SHOW DATABASES", "admin_command"],
      ["CALL db.createLabel('Intruder')", "procedure_not_allowed"],
    ] as const) {
      const { status, body } = await cypher(query);
      expect(status, query).toBe(400);
      expect(body.error.code, query).toBe(code);
    }
    const client = new Neo4jClient(testServerConfig());
    try {
      await expect(runConsoleQuery(client, "CALL db.createLabel('Intruder')", {})).rejects.toMatchObject({ code: "procedure_not_allowed" });
    } finally {
      await client.close();
    }
  });

  it("SHOW and TERMINATE in any disguise, by the text and by the plan alone", async () => {
    const disguised = [
      "\u001cSHOW SETTINGS",
      "//x\rSHOW TRANSACTIONS",
      "\u200bSHOW PROCEDURES",
      "ＳＨＯＷ INDEXES",
      "/* a */ TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      "\u2028SHOW FUNCTIONS",
    ];
    for (const query of disguised) {
      const { status, body } = await cypher(query);
      expect(status, JSON.stringify(query)).toBe(400);
      expect(body.error.code, JSON.stringify(query)).toBe("admin_command");
    }
    // Neo4j plans these as read ("r") queries: the operator allowlist refuses them where the text check is bypassed.
    const client = new Neo4jClient(testServerConfig());
    try {
      for (const query of ["SHOW SETTINGS", "SHOW TRANSACTIONS", "SHOW PROCEDURES", "SHOW INDEXES", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"]) {
        await expect(runConsoleQuery(client, query, {}), query).rejects.toMatchObject({ code: "admin_command" });
      }
      for (const query of ["CREATE (n:Intruder)", "MATCH (n) SET n.x = 1 RETURN n", "MATCH (n) DETACH DELETE n", "FOREACH (x IN [1] | CREATE (:Intruder))"]) {
        await expect(runConsoleQuery(client, query, {}), query).rejects.toMatchObject({ code: "read_only" });
      }
    } finally {
      await client.close();
    }
  });

  it("a query past the transaction's memory cap with a 400 that says what to do, and Neo4j stays available", async () => {
    const { status, body } = await cypher("UNWIND range(1, 40000000) AS x RETURN collect(toString(x)) AS all");
    expect(status).toBe(400);
    expect(body.error.code).toBe("resource_limit");
    expect((await cypher("RETURN 1 AS one")).status).toBe(200);
  });

  it("more than a few console queries of one client at once, with 429", async () => {
    const limited = await testServer({ cypherConcurrentPerClient: 1 });
    try {
      const slow = "UNWIND range(1, 3000000) AS x WITH x WHERE x % 1000001 = 0 RETURN count(x)";
      const [first, second] = await Promise.all([cypher(slow, undefined, limited), cypher(slow, undefined, limited)]);
      expect([first.status, second.status].sort()).toEqual([200, 429]);
      expect((first.status === 429 ? first : second).body.error.code).toBe("too_many_requests");
      expect((await cypher("RETURN 1 AS one", undefined, limited)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("several statements at once", async () => {
    const { body } = await cypher("MATCH (n) RETURN n LIMIT 1; MATCH (m) RETURN m LIMIT 1");
    expect(body.error.code).toBe("multiple_statements");
  });

  it("bad requests with a JSON error", async () => {
    const empty = await cypher("   ");
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("invalid_request");
    const notJson = await app.inject({ method: "POST", url: "/api/cypher", headers: { "content-type": "application/json" }, payload: "{query" });
    expect(notJson.statusCode).toBe(400);
    expect(json<ApiError>(notJson).error.code).toBe("invalid_request");
    const huge = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: `RETURN '${"x".repeat(300_000)}'` } });
    expect(huge.statusCode).toBe(413);
    expect(json<ApiError>(huge).error.message).toMatch(/too large/);
  });
});

describe("POST /api/cypher time limit", () => {
  it("ends a runaway query with code timeout", async () => {
    const quick = await testServer({ cypherTimeoutMs: 500 });
    try {
      const started = Date.now();
      const { status, body } = await cypher("UNWIND range(1, 100000000) AS x WITH x WHERE x % 2 = 0 RETURN count(x)", undefined, quick);
      expect(status).toBe(400);
      expect(body.error.code).toBe("timeout");
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await quick.close();
    }
  });
});
