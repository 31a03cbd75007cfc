/** The in-memory name index behind pinyin search: every entity's forms, rebuilt when the graph changes or the TTL ends. */
import { bestMatch, compareHits, nameForms, type Match, type NameForm, type SearchEntity } from "./match";

export interface IndexedEntity {
  entity: SearchEntity;
  forms: NameForm[];
}

export interface NameIndexOptions {
  /** Longest time an index is served without reloading, even when the graph's size is unchanged. */
  ttlMs: number;
  now: () => number;
}

export const DEFAULT_NAME_INDEX_OPTIONS: NameIndexOptions = { ttlMs: 60_000, now: () => Date.now() };

/** Builds the index of a list of entities (pinyin computed once per name). */
export function buildNameIndex(entities: readonly SearchEntity[]): IndexedEntity[] {
  return entities.map((entity) => ({ entity, forms: nameForms(entity) }));
}

/** Ranked matches of a normalised query in an index (unsorted beyond rank; see compareHits). */
export function searchNameIndex(index: readonly IndexedEntity[], query: string): { entity: SearchEntity; match: Match }[] {
  const hits: { entity: SearchEntity; match: Match }[] = [];
  for (const item of index) {
    const match = bestMatch(query, item.forms);
    if (match !== undefined) hits.push({ entity: item.entity, match });
  }
  return hits.sort(compareHits);
}

/**
 * Caches the index. `signature` is cheap (the graph's node and relationship counts) and checked on every
 * request, so a re-ingest shows up at once; the TTL catches renames that keep the counts.
 */
export class NameIndexCache {
  private readonly options: NameIndexOptions;
  private current: { signature: string; loadedAt: number; index: IndexedEntity[] } | undefined;
  private pending: Promise<IndexedEntity[]> | undefined;

  constructor(options: Partial<NameIndexOptions> = {}) {
    this.options = { ...DEFAULT_NAME_INDEX_OPTIONS, ...options };
  }

  async get(signature: string, load: () => Promise<SearchEntity[]>): Promise<IndexedEntity[]> {
    const now = this.options.now();
    const current = this.current;
    if (current !== undefined && current.signature === signature && now - current.loadedAt < this.options.ttlMs) {
      return current.index;
    }
    if (this.pending !== undefined) return this.pending;
    this.pending = load()
      .then((entities) => {
        const index = buildNameIndex(entities);
        this.current = { signature, loadedAt: now, index };
        return index;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  clear(): void {
    this.current = undefined;
  }
}
