/** GET /api/search?q=: Chinese names and aliases (traditional characters too), English names, full pinyin and initials. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SearchHit, SearchResponse } from "../../shared/api-types";
import { modelLabel } from "../graph/api-graph";
import { toFulltextQuery } from "../search/lucene";
import { bestMatch, compareHits, nameForms, normaliseForMatch, type Match, type SearchEntity } from "../search/match";
import { searchNameIndex } from "../search/name-index";
import { toSimplified } from "../search/simplified";
import { parseInput, type ApiContext } from "./context";

export const SEARCH_LIMIT = 20;
const DB_CANDIDATES = 50;

const searchQuery = z.object({
  q: z.string().trim().min(1, "q is required: type part of a name, its pinyin (gyqj, gongyeqiangji) or English name").max(100, "q is longer than 100 characters"),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

const entityRow = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  name: z.string(),
  aliases: z.array(z.string()),
  nameEn: z.string().nullable().optional(),
});

type EntityRow = z.infer<typeof entityRow>;

export function registerSearchRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/search", async (request): Promise<SearchResponse> => {
    const { q: typed, limit = SEARCH_LIMIT } = parseInput(searchQuery, request.query, "search");
    const q = toSimplified(typed);
    // No substring scan of every node: the name index holds every name, alias and English name, and is rebuilt on
    // any commit, so it finds all that `CONTAINS` would (and pinyin besides); the full-text index adds its own hits.
    const [fulltext, index] = await Promise.all([
      ctx.client.read("search-entities-fulltext", { lucene: toFulltextQuery(q), limit: DB_CANDIDATES }, entityRow.extend({ score: z.number() })),
      loadIndex(ctx),
    ]);
    const query = normaliseForMatch(q);
    const hits = new Map<string, { entity: SearchEntity; match: Match }>();
    const offer = (hit: { entity: SearchEntity; match: Match }) => {
      const known = hits.get(hit.entity.id);
      if (known === undefined || compareHits(hit, known) < 0) hits.set(hit.entity.id, hit);
    };
    for (const hit of searchNameIndex(index, query, limit)) offer(hit);
    for (const row of fulltext) {
      const entity = toSearchEntity(row);
      if (entity === undefined) continue;
      offer({ entity, match: bestMatch(query, nameForms(entity)) ?? { rank: 3, kind: "name", matched: entity.name } });
    }
    const results = [...hits.values()].sort(compareHits).slice(0, limit).map(toSearchHit);
    return { query: typed, results };
  });
}

/** The name index of the data as it is now: keyed by the data stamp when Neo4j gives one, else by the graph's size. */
async function loadIndex(ctx: ApiContext) {
  const { rows: size, stamp } = await ctx.client.readStamped("count-graph-size", {}, z.object({ nodes: z.number(), relationships: z.number() }));
  const signature = stamp ?? `${size[0]?.nodes ?? 0}/${size[0]?.relationships ?? 0}`;
  const load = async () => {
    const rows = await ctx.client.read("list-entity-names", {}, entityRow);
    return rows.map(toSearchEntity).filter((e): e is SearchEntity => e !== undefined);
  };
  return ctx.nameIndex.get(signature, load, stamp !== undefined);
}

function toSearchEntity(row: EntityRow): SearchEntity | undefined {
  const label = modelLabel(row.labels);
  if (label === undefined) return undefined;
  const entity: SearchEntity = { id: row.id, label, name: row.name, aliases: row.aliases };
  if (typeof row.nameEn === "string" && row.nameEn.length > 0) entity.nameEn = row.nameEn;
  return entity;
}

function toSearchHit({ entity, match }: { entity: SearchEntity; match: Match }): SearchHit {
  const hit: SearchHit = { id: entity.id, label: entity.label, name: entity.name, aliases: entity.aliases, matched: match.matched };
  if (entity.nameEn !== undefined) hit.nameEn = entity.nameEn;
  return hit;
}
