/**
 * What each `bench:api` endpoint asks, drawn from the generated graph with a seeded PRNG: the overview as the
 * page first loads it, search terms as users type them (part of a Chinese name, a whole name, an English name,
 * pinyin initials), any node's details and neighbours, a bureau's drill-down, and a console query.
 */
import type { EntityPools } from "./api-graph-entities";
import type { BenchRequest } from "./api-drive";
import { pinyinInitials } from "../web/server/search/match";
import { pick, prng, randomIndex } from "./prng";

export const ENDPOINTS = ["overview", "search", "node", "neighbours", "drill-down", "console"] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** The console's query: read-only, over every bureau's programs (the example of the issue). */
export const CONSOLE_QUERY = "MATCH (b:Bureau)-[:OWNS]->(p:Program) RETURN b.name, count(p) LIMIT 10";

const path = (id: string) => encodeURIComponent(id);

/** A search term from a name: a 2–4 character piece of it mostly, else the whole name, its English name or initials. */
function searchTerm(pools: EntityPools, rand: () => number): string {
  const ids = [pools.bureaus, pools.programs, pools.organizations, pools.persons, pools.ministries];
  const id = pick(rand, pick(rand, ids));
  const name = pools.names.get(id) ?? id;
  const r = rand();
  if (r < 0.6) {
    const chars = [...name];
    const length = Math.min(chars.length, 2 + randomIndex(rand, 3));
    const start = randomIndex(rand, chars.length - length + 1);
    return chars.slice(start, start + length).join("");
  }
  if (r < 0.8) return name;
  if (r < 0.9) return pick(rand, ["Department", "Program", "Ministry"]) + " " + String(1 + randomIndex(rand, 300));
  return pinyinInitials(name).slice(0, 6);
}

/** Every entity and document id, for node and neighbours (a click anywhere on the canvas). */
function allIds(pools: EntityPools): string[] {
  return [...pools.ministries, ...pools.bureaus, ...pools.organizations, ...pools.programs, ...pools.persons, ...pools.citedDocs, ...pools.sourceDocs.map((d) => d.id)];
}

/** A request maker per endpoint; each client draws from its own seeded stream, so a run is repeatable. */
export function requestMakers(pools: EntityPools, seed: number): Record<Endpoint, (client: number) => BenchRequest> {
  const streams = new Map<string, () => number>();
  const rand = (endpoint: Endpoint, client: number) => {
    const key = `${endpoint}/${client}`;
    let stream = streams.get(key);
    if (stream === undefined) {
      stream = prng(seed * 1000 + client * 7 + ENDPOINTS.indexOf(endpoint));
      streams.set(key, stream);
    }
    return stream;
  };
  const ids = allIds(pools);
  return {
    overview: () => ({ method: "GET", path: "/api/graph" }),
    search: (c) => ({ method: "GET", path: `/api/search?q=${encodeURIComponent(searchTerm(pools, rand("search", c)))}` }),
    node: (c) => ({ method: "GET", path: `/api/nodes/${path(pick(rand("node", c), ids))}` }),
    neighbours: (c) => ({ method: "GET", path: `/api/nodes/${path(pick(rand("neighbours", c), ids))}/neighbours` }),
    "drill-down": (c) => ({ method: "GET", path: `/api/bureaus/${path(pick(rand("drill-down", c), pools.bureaus))}` }),
    console: () => ({ method: "POST", path: "/api/cypher", body: JSON.stringify({ query: CONSOLE_QUERY }) }),
  };
}
