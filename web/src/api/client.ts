/** The API client: one function per route of web/shared/api-types.ts, each checking response.ok and the shape. */
import type { HealthResponse } from "../../shared/api-types";
import { CONFIG } from "../config";
import { ApiRequestError, readApiError } from "./errors";
import { asApiGraph, asCypher, asDataChanges, asDataVersion, asDiff, asDrillDown, asExamples, asHealth, asNode, asPaths, asSchema, asSearch, asYears } from "./guards";

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ApiRequestError(`${response.url}: not JSON (HTTP ${response.status})`, response.status, "BAD_JSON", {
      cause,
    });
  }
}

async function request(path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${CONFIG.apiBase}${path}`, init);
  } catch (cause) {
    throw new ApiRequestError("The API server cannot be reached.", 0, "NETWORK", { cause });
  }
  const body = await parseBody(response);
  if (!response.ok) {
    const apiError = readApiError(body);
    throw new ApiRequestError(
      apiError?.message ?? `HTTP ${response.status} ${response.statusText}`,
      response.status,
      apiError?.code ?? `HTTP_${response.status}`,
    );
  }
  return body;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : "";
}

/** GET /api/health. A 503 still carries a HealthResponse saying what is down; it is returned, not thrown. */
export async function fetchHealth(): Promise<HealthResponse> {
  let response: Response;
  try {
    response = await fetch(`${CONFIG.apiBase}/health`);
  } catch (cause) {
    throw new ApiRequestError("The API server cannot be reached.", 0, "NETWORK", { cause });
  }
  const body = await parseBody(response);
  if (response.ok || response.status === 503) {
    try {
      return asHealth(body);
    } catch {
      const apiError = readApiError(body);
      return { ok: false, neo4j: { reachable: false, message: apiError?.message ?? `HTTP ${response.status}` } };
    }
  }
  const apiError = readApiError(body);
  throw new ApiRequestError(apiError?.message ?? `HTTP ${response.status}`, response.status, apiError?.code ?? "HTTP");
}

export interface GraphQuery {
  from?: number;
  to?: number;
  labels?: string[];
  types?: string[];
  /** More nodes than the server's overview budget ("show more"). */
  nodeBudget?: number;
}

/** GETs a route and checks its shape with the route's guard (the guard's type is the function's result). */
async function get<T>(path: string, guard: (body: unknown) => T, init?: RequestInit): Promise<T> {
  return guard(await request(path, init));
}

export function fetchGraph(q: GraphQuery = {}) {
  return get(`/graph${query({ from: q.from, to: q.to, labels: q.labels?.join(","), types: q.types?.join(","), nodeBudget: q.nodeBudget })}`, asApiGraph);
}

/** GET /api/years: facts per year in the whole database (the time axis). */
export function fetchYears() {
  return get("/years", asYears);
}

export function fetchSearch(q: string, signal?: AbortSignal) {
  return get(`/search${query({ q })}`, asSearch, { signal });
}

export function fetchNode(id: string) {
  return get(`/nodes/${encodeURIComponent(id)}`, asNode);
}

export function fetchNeighbours(id: string) {
  return get(`/nodes/${encodeURIComponent(id)}/neighbours`, asApiGraph);
}

/** The drill-down; with `includePredecessors` the predecessors' programs join the grid (cells say who owned them). */
export function fetchDrillDown(id: string, includePredecessors = false) {
  return get(`/bureaus/${encodeURIComponent(id)}${includePredecessors ? query({ include: "predecessors" }) : ""}`, asDrillDown);
}

/** GET /api/bureaus/:id/diff: the programs (or a program's owners) two years compared. */
export function fetchDiff(id: string, from: number, to: number) {
  return get(`/bureaus/${encodeURIComponent(id)}/diff${query({ from: String(from), to: String(to) })}`, asDiff);
}

/** GET /api/paths: all shortest paths over the fact relationships between two entities, at most `max` hops. */
export function fetchPaths(q: { from: string; to: string; max: number }) {
  return get(`/paths${query(q)}`, asPaths);
}

export function runCypher(text: string, signal?: AbortSignal) {
  return get("/cypher", asCypher, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: text }), signal });
}

/** GET /api/version: the data version of the loaded documents. */
export function fetchDataVersion() {
  return get("/version", asDataVersion);
}

/** GET /api/versions/:id/changes: the documents added, removed and changed since a link's version (404: not on record). */
export function fetchDataChanges(from: string) {
  return get(`/versions/${encodeURIComponent(from)}/changes`, asDataChanges);
}

export function fetchSchema() {
  return get("/schema", asSchema);
}

export function fetchExamples() {
  return get("/examples", asExamples);
}

/** A message for any thrown value, for error states. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
