/** Groups a document's mentions into entities: one per (label, canonical name), with every surface form seen. */
import { entryKey } from "../../gazetteer/load-gazetteer";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef, Mention, ResolvedEntity } from "../extraction-types";

function stripMarks(s: string): string {
  return s.replace(/[《》]/g, "");
}

function newEntity(ref: EntityRef, gazetteer: Gazetteer): ResolvedEntity {
  const entry = gazetteer.byKey.get(entryKey(ref.label, ref.name));
  return {
    ref,
    names: [ref.name, ...(entry?.aliases ?? [])],
    count: 0,
    nameEn: entry?.nameEn,
    kind: entry?.kind,
    category: entry?.category,
    partOf: entry?.partOf,
  };
}

/**
 * Input: the accepted mentions and extra refs (people, partners) the facts name.
 * Output: one entity per (label, name) with count = mentions, names = canonical name,
 * gazetteer aliases and every surface form seen (without 《》), in first-seen order.
 */
export function resolveEntities(mentions: Mention[], gazetteer: Gazetteer, extra: EntityRef[] = []): ResolvedEntity[] {
  const byKey = new Map<string, ResolvedEntity>();
  const touch = (ref: EntityRef): ResolvedEntity => {
    const key = entryKey(ref.label, ref.name);
    const found = byKey.get(key) ?? newEntity(ref, gazetteer);
    byKey.set(key, found);
    return found;
  };
  for (const m of mentions) {
    const entity = touch(m.entity);
    entity.count += 1;
    entity.names.push(stripMarks(m.surface), ...(m.aliases ?? []).map(stripMarks));
  }
  for (const ref of extra) touch(ref);
  for (const entity of byKey.values()) {
    entity.names = [...new Set(entity.names)];
    entity.count = Math.max(entity.count, 1);
  }
  return [...byKey.values()];
}
