/**
 * The in-memory name index behind pinyin search: every entity's forms, with the entities holding each pair of
 * characters, so that a query is compared with the few entities that can contain it rather than with all;
 * rebuilt when the data stamp changes (or, without a stamp, when the graph's size changes or the TTL ends).
 */
import { bestMatch, compareHits, hitOrder, nameForms, type Match, type NameForm, type SearchEntity } from "./match";

export interface IndexedEntity {
  entity: SearchEntity;
  forms: NameForm[];
}

export interface NameIndex {
  entities: IndexedEntity[];
  /** Indices into `entities` of those with the character pair in a form key, ascending. */
  byPair: Map<string, Int32Array>;
}

export interface NameIndexOptions {
  /** Longest time an index found by a size signature is served without reloading (a rename keeps the size). */
  ttlMs: number;
  now: () => number;
}

export const DEFAULT_NAME_INDEX_OPTIONS: NameIndexOptions = { ttlMs: 60_000, now: () => Date.now() };

function pairsOf(key: string, into: Set<string>): void {
  const chars = [...key];
  for (let i = 0; i + 1 < chars.length; i++) into.add(`${chars[i]}${chars[i + 1]}`);
}

/** Builds the index of a list of entities; `previous` lends the forms of entities whose names did not change (pinyin is the dear part). */
export function buildNameIndex(entities: readonly SearchEntity[], previous?: NameIndex): NameIndex {
  const known = new Map((previous?.entities ?? []).map((item) => [namesKey(item.entity), item.forms]));
  const indexed = entities.map((entity) => ({ entity, forms: known.get(namesKey(entity)) ?? nameForms(entity) }));
  const lists = new Map<string, number[]>();
  const pairs = new Set<string>();
  indexed.forEach((item, i) => {
    pairs.clear();
    for (const form of item.forms) pairsOf(form.key, pairs);
    for (const pair of pairs) {
      const list = lists.get(pair);
      if (list === undefined) lists.set(pair, [i]);
      else list.push(i);
    }
  });
  return { entities: indexed, byPair: new Map([...lists].map(([pair, list]) => [pair, Int32Array.from(list)])) };
}

function namesKey(entity: SearchEntity): string {
  return JSON.stringify([entity.id, entity.label, entity.name, entity.aliases, entity.nameEn ?? null]);
}

/** The entities a query can match: those holding its rarest character pair (every entity for a one-character query). */
function candidates(index: NameIndex, query: string): Iterable<number> {
  const pairs = new Set<string>();
  pairsOf(query, pairs);
  if (pairs.size === 0) return index.entities.keys();
  let rarest: Int32Array | undefined;
  for (const pair of pairs) {
    const list = index.byPair.get(pair);
    if (list === undefined) return [];
    if (rarest === undefined || list.length < rarest.length) rarest = list;
  }
  return rarest ?? [];
}

/** Ranked matches of a normalised query in an index, best first (compareHits); at most `limit` when given. */
export function searchNameIndex(index: NameIndex, query: string, limit = Infinity): { entity: SearchEntity; match: Match }[] {
  const hits: { entity: SearchEntity; match: Match }[] = [];
  for (const i of candidates(index, query)) {
    const item = index.entities[i];
    const match = item === undefined ? undefined : bestMatch(query, item.forms);
    if (item !== undefined && match !== undefined) hits.push({ entity: item.entity, match });
  }
  if (hits.length <= limit) return hits.sort(compareHits);
  // Thousands of hits for a common pair (工业): the full order (with its collation) only among the first `limit` by rank.
  const orders = Float64Array.from(hits, hitOrder).sort();
  const bound = orders[limit - 1] ?? Infinity;
  return hits.filter((hit) => hitOrder(hit) <= bound).sort(compareHits).slice(0, limit);
}

/**
 * Caches the index. `signature` is checked on every request: a data stamp (exact: any commit changes it) or,
 * without one, the graph's node and relationship counts, for which the TTL catches renames that keep the counts.
 */
export class NameIndexCache {
  private readonly options: NameIndexOptions;
  private current: { signature: string; loadedAt: number; index: NameIndex } | undefined;
  private pending: { signature: string; index: Promise<NameIndex> } | undefined;

  constructor(options: Partial<NameIndexOptions> = {}) {
    this.options = { ...DEFAULT_NAME_INDEX_OPTIONS, ...options };
  }

  async get(signature: string, load: () => Promise<SearchEntity[]>, exact = false): Promise<NameIndex> {
    const now = this.options.now();
    const current = this.current;
    if (current !== undefined && current.signature === signature && (exact || now - current.loadedAt < this.options.ttlMs)) {
      return current.index;
    }
    if (this.pending !== undefined && this.pending.signature === signature) return this.pending.index;
    const index = load()
      .then((entities) => {
        const built = buildNameIndex(entities, this.current?.index);
        this.current = { signature, loadedAt: now, index: built };
        return built;
      })
      .finally(() => {
        if (this.pending?.index === index) this.pending = undefined;
      });
    this.pending = { signature, index };
    return index;
  }

  clear(): void {
    this.current = undefined;
  }
}
