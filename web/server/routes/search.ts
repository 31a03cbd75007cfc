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
    const [fulltext, contains, index] = await Promise.all([
      ctx.client.read("search-entities-fulltext", { lucene: toFulltextQuery(q), limit: DB_CANDIDATES }, entityRow.extend({ score: z.number() })),
      ctx.client.read("search-entities-contains", { q, limit: DB_CANDIDATES }, entityRow),
      loadIndex(ctx),
    ]);
    const query = normaliseForMatch(q);
    const hits = new Map<string, { entity: SearchEntity; match: Match }>();
    const offer = (hit: { entity: SearchEntity; match: Match }) => {
      const known = hits.get(hit.entity.id);
      if (known === undefined || compareHits(hit, known) < 0) hits.set(hit.entity.id, hit);
    };
    for (const hit of searchNameIndex(index, query)) offer(hit);
    for (const row of [...contains, ...fulltext]) {
      const entity = toSearchEntity(row);
      if (entity === undefined) continue;
      offer({ entity, match: bestMatch(query, nameForms(entity)) ?? { rank: 3, kind: "name", matched: entity.name } });
    }
    const results = [...hits.values()].sort(compareHits).slice(0, limit).map(toSearchHit);
    return { query: typed, results };
  });
}

async function loadIndex(ctx: ApiContext) {
  const size = await ctx.client.read("count-graph-size", {}, z.object({ nodes: z.number(), relationships: z.number() }));
  const signature = `${size[0]?.nodes ?? 0}/${size[0]?.relationships ?? 0}`;
  return ctx.nameIndex.get(signature, async () => {
    const rows = await ctx.client.read("list-entity-names", {}, entityRow);
    return rows.map(toSearchEntity).filter((e): e is SearchEntity => e !== undefined);
  });
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
