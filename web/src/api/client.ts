/** The API client: one function per route of web/shared/api-types.ts, each checking response.ok and the shape. */
import type {
  ApiGraph,
  CypherResponse,
  DrillDownResponse,
  HealthResponse,
  NodeResponse,
  SchemaResponse,
  SearchResponse,
  YearHistogramResponse,
} from "../../shared/api-types";
import { CONFIG } from "../config";
import { ApiRequestError, readApiError } from "./errors";
import {
  asApiGraph,
  asCypher,
  asDrillDown,
  asExamples,
  asHealth,
  asNode,
  asSchema,
  asSearch,
  asYears,
  type ExampleQuery,
} from "./guards";

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
}

export async function fetchGraph(q: GraphQuery = {}): Promise<ApiGraph> {
  return asApiGraph(
    await request(
      `/graph${query({ from: q.from, to: q.to, labels: q.labels?.join(","), types: q.types?.join(",") })}`,
    ),
  );
}

export async function fetchYears(): Promise<YearHistogramResponse> {
  return asYears(await request("/years"));
}

export async function fetchSearch(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  return asSearch(await request(`/search${query({ q })}`, { signal }));
}

export async function fetchNode(id: string): Promise<NodeResponse> {
  return asNode(await request(`/nodes/${encodeURIComponent(id)}`));
}

export async function fetchNeighbours(id: string): Promise<ApiGraph> {
  return asApiGraph(await request(`/nodes/${encodeURIComponent(id)}/neighbours`));
}

export async function fetchDrillDown(id: string): Promise<DrillDownResponse> {
  return asDrillDown(await request(`/bureaus/${encodeURIComponent(id)}`));
}

export async function runCypher(text: string): Promise<CypherResponse> {
  return asCypher(
    await request("/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: text }),
    }),
  );
}

export async function fetchSchema(): Promise<SchemaResponse> {
  return asSchema(await request("/schema"));
}

export async function fetchExamples(): Promise<ExampleQuery[]> {
  return asExamples(await request("/examples"));
}

/** A message for any thrown value, for error states. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
