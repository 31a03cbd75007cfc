/** Runtime checks at the API boundary: unchecked JSON never flows into the UI. */
import type {
  ApiGraph,
  CypherResponse,
  DataChangesResponse,
  DataVersionResponse,
  DocumentRef,
  DrillDownResponse,
  HealthResponse,
  NodeResponse,
  PortfolioDiffItem,
  PortfolioDiffResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  YearHistogramResponse,
} from "../../shared/api-types";
import { isNodeLabel, isRelationshipType } from "../../../cypher/model";
import { ApiShapeError, isRecord } from "./errors";

function fail(what: string): never {
  throw new ApiShapeError(`unexpected response shape: ${what}`);
}

function arrayOf(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) fail(what);
  return value;
}

/** Checks the graphology serialisation and drops nodes/edges of unknown label/type. */
export function asApiGraph(body: unknown): ApiGraph {
  if (!isRecord(body)) fail("graph");
  const nodes = arrayOf(body.nodes, "graph.nodes").filter(
    (n): n is ApiGraph["nodes"][number] =>
      isRecord(n) &&
      typeof n.key === "string" &&
      isRecord(n.attributes) &&
      typeof n.attributes.label === "string" &&
      isNodeLabel(n.attributes.label),
  );
  const edges = arrayOf(body.edges ?? [], "graph.edges").filter(
    (e): e is ApiGraph["edges"][number] =>
      isRecord(e) &&
      typeof e.source === "string" &&
      typeof e.target === "string" &&
      isRecord(e.attributes) &&
      typeof e.attributes.type === "string" &&
      isRelationshipType(e.attributes.type),
  );
  return {
    attributes: isRecord(body.attributes) ? body.attributes : {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: nodes.map((n) => ({
      key: n.key,
      attributes: {
        ...n.attributes,
        name: typeof n.attributes.name === "string" ? n.attributes.name : n.key,
        aliases: Array.isArray(n.attributes.aliases) ? n.attributes.aliases : [],
        properties: isRecord(n.attributes.properties) ? n.attributes.properties : {},
      },
    })),
    edges: edges.map((e, i) => ({
      key: typeof e.key === "string" ? e.key : `e${i}:${e.source}->${e.target}`,
      source: e.source,
      target: e.target,
      attributes: { ...e.attributes, properties: isRecord(e.attributes.properties) ? e.attributes.properties : {} },
    })),
  };
}

export function asHealth(body: unknown): HealthResponse {
  if (!isRecord(body) || typeof body.ok !== "boolean" || !isRecord(body.neo4j)) fail("health");
  return body as unknown as HealthResponse;
}

export function asDataVersion(body: unknown): DataVersionResponse {
  if (!isRecord(body) || typeof body.dataVersion !== "string") fail("version");
  return { dataVersion: body.dataVersion, documents: typeof body.documents === "number" ? body.documents : 0, recorded: body.recorded === true };
}

export function asDataChanges(body: unknown): DataChangesResponse {
  if (!isRecord(body) || typeof body.from !== "string" || typeof body.to !== "string") fail("version changes");
  const docs = (list: unknown, what: string) =>
    arrayOf(list, what).filter((d): d is DocumentRef => isRecord(d) && typeof d.id === "string" && typeof d.title === "string");
  return { from: body.from, to: body.to, added: docs(body.added, "changes.added"), removed: docs(body.removed, "changes.removed"), changed: docs(body.changed, "changes.changed") };
}

export function asSearch(body: unknown): SearchResponse {
  if (!isRecord(body)) fail("search");
  const results = arrayOf(body.results, "search.results").filter(
    (r): r is SearchResponse["results"][number] =>
      isRecord(r) && typeof r.id === "string" && typeof r.name === "string" && typeof r.label === "string",
  );
  return { query: typeof body.query === "string" ? body.query : "", results };
}

export function asNode(body: unknown): NodeResponse {
  if (!isRecord(body) || !isRecord(body.node) || typeof body.node.id !== "string") fail("node");
  return body as unknown as NodeResponse;
}

function asLineage(body: unknown): DrillDownResponse["lineage"] {
  const items = (list: unknown, what: string) =>
    arrayOf(list ?? [], what).filter(
      (i): i is DrillDownResponse["lineage"]["predecessors"][number] => isRecord(i) && typeof i.id === "string" && typeof i.name === "string" && typeof i.year === "number",
    );
  const lineage = isRecord(body) ? body : {};
  return { predecessors: items(lineage.predecessors, "lineage.predecessors"), successors: items(lineage.successors, "lineage.successors") };
}

export function asDiff(body: unknown): PortfolioDiffResponse {
  if (!isRecord(body) || typeof body.from !== "number" || typeof body.to !== "number") fail("diff");
  const items = (list: unknown, what: string) =>
    arrayOf(list, what).filter((i): i is PortfolioDiffItem => isRecord(i) && typeof i.id === "string" && typeof i.name === "string" && Array.isArray(i.evidence));
  return { from: body.from, to: body.to, added: items(body.added, "diff.added"), removed: items(body.removed, "diff.removed"), kept: items(body.kept, "diff.kept") };
}

export function asDrillDown(body: unknown): DrillDownResponse {
  if (!isRecord(body) || !isRecord(body.node)) fail("drill-down");
  return {
    node: body.node as DrillDownResponse["node"],
    years: arrayOf(body.years ?? [], "years").filter((y): y is number => typeof y === "number"),
    lineage: asLineage(body.lineage),
    programs: arrayOf(body.programs ?? [], "programs") as DrillDownResponse["programs"],
    people: arrayOf(body.people ?? [], "people") as DrillDownResponse["people"],
    collaborators: arrayOf(body.collaborators ?? [], "collaborators") as DrillDownResponse["collaborators"],
    documents: arrayOf(body.documents ?? [], "documents") as DrillDownResponse["documents"],
    owners: arrayOf(body.owners ?? [], "owners") as DrillDownResponse["owners"],
    posts: arrayOf(body.posts ?? [], "posts") as NonNullable<DrillDownResponse["posts"]>,
    partOf: arrayOf(body.partOf ?? [], "partOf") as NonNullable<DrillDownResponse["partOf"]>,
    parts: arrayOf(body.parts ?? [], "parts") as NonNullable<DrillDownResponse["parts"]>,
  };
}

/** Checks a paths answer: each path's nodes and steps are lists, each step with its relationship keys and evidence. */
export function asPaths(body: unknown): PathsResponse {
  if (!isRecord(body) || typeof body.from !== "string" || typeof body.to !== "string" || typeof body.max !== "number") fail("paths");
  const paths = arrayOf(body.paths, "paths.paths").map((p) => {
    if (!isRecord(p)) fail("paths.paths[]");
    const nodes = arrayOf(p.nodes, "path.nodes").filter(
      (n): n is PathsResponse["paths"][number]["nodes"][number] => isRecord(n) && typeof n.id === "string" && typeof n.name === "string" && typeof n.label === "string" && isNodeLabel(n.label),
    );
    const steps = arrayOf(p.steps, "path.steps").map((st) => {
      if (!isRecord(st) || typeof st.from !== "string" || typeof st.to !== "string" || typeof st.type !== "string") fail("path.steps[]");
      arrayOf(st.relationships, "step.relationships");
      arrayOf(st.evidence, "step.evidence");
      return st as unknown as PathsResponse["paths"][number]["steps"][number];
    });
    return { nodes, steps };
  });
  return { from: body.from, to: body.to, max: body.max, paths, truncated: body.truncated === true, graph: asApiGraph(body.graph ?? { nodes: [], edges: [] }) };
}

export function asCypher(body: unknown): CypherResponse {
  if (!isRecord(body)) fail("cypher");
  return {
    columns: arrayOf(body.columns, "cypher.columns").map(String),
    rows: arrayOf(body.rows, "cypher.rows").map((r) => arrayOf(r, "cypher.row")),
    graph: body.graph === undefined ? asApiGraph({ nodes: [], edges: [] }) : asApiGraph(body.graph),
    truncated: body.truncated === true,
    ...(body.truncatedBy === "rows" || body.truncatedBy === "bytes" ? { truncatedBy: body.truncatedBy } : {}),
    elapsedMs: typeof body.elapsedMs === "number" ? body.elapsedMs : 0,
  };
}

export function asSchema(body: unknown): SchemaResponse {
  if (!isRecord(body)) fail("schema");
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
  return {
    labels: strings(body.labels),
    relationshipTypes: strings(body.relationshipTypes),
    propertyKeys: strings(body.propertyKeys),
  };
}

export function asYears(body: unknown): YearHistogramResponse {
  if (!isRecord(body)) fail("years");
  const years = arrayOf(body.years, "years.years").filter(
    (y): y is YearHistogramResponse["years"][number] =>
      isRecord(y) && typeof y.year === "number" && typeof y.count === "number",
  );
  return { years: years.map((y) => ({ ...y, byType: isRecord(y.byType) ? y.byType : {} })) };
}

/** An example query as GET /api/examples lists it (the route has no type in the contract; accept common shapes). */
export interface ExampleQuery {
  title: string;
  query: string;
  description?: string;
}

export function asExamples(body: unknown): ExampleQuery[] {
  const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.examples) ? body.examples : fail("examples");
  return list.flatMap((item: unknown, i: number): ExampleQuery[] => {
    if (!isRecord(item)) return [];
    const query = typeof item.query === "string" ? item.query : typeof item.cypher === "string" ? item.cypher : undefined;
    if (query === undefined) return [];
    const title =
      typeof item.title === "string" ? item.title : typeof item.name === "string" ? item.name : `#${i + 1}`;
    const description = typeof item.description === "string" ? item.description : undefined;
    return [{ title, query, description }];
  });
}
