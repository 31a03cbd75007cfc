/** SUCCEEDED_BY from the gazetteer for the bodies a document names: each one's whole chain of reorganisations. */
import { nodeId } from "../../../cypher/model";
import type { GraphRelationship } from "../../../cypher/model";
import { entryKey } from "../../gazetteer/load-gazetteer";
import type { Gazetteer, GazetteerEntry } from "../../gazetteer/load-gazetteer";
import { connectedSuccessions } from "../../gazetteer/lineage";
import type { ResolvedEntity } from "../extraction-types";

export interface LineageParts {
  /** Bodies of the chains the document does not name itself (nodes to add, mentioned by no one). */
  entries: GazetteerEntry[];
  relationships: GraphRelationship<"SUCCEEDED_BY">[];
}

/**
 * Input: the document's entities and the ids already in its graph. Output: every succession connected
 * to an entity the gazetteer knows, once, and the entries at their ends not yet in the graph.
 */
export function lineageRelationships(entities: readonly ResolvedEntity[], gazetteer: Gazetteer, present: ReadonlySet<string>): LineageParts {
  const done = new Set<string>();
  const added = new Set<string>(present);
  const entries: GazetteerEntry[] = [];
  const relationships: GraphRelationship<"SUCCEEDED_BY">[] = [];
  for (const entity of entities) {
    const entry = gazetteer.byKey.get(entryKey(entity.ref.label, entity.ref.name));
    if (!entry) continue;
    for (const s of connectedSuccessions(entry, gazetteer.lineage)) {
      const start = nodeId(s.from.label, s.from.name);
      const end = nodeId(s.to.label, s.to.name);
      if (done.has(`${start}\u001f${end}`)) continue;
      done.add(`${start}\u001f${end}`);
      for (const [id, e] of [[start, s.from], [end, s.to]] as const) {
        if (!added.has(id)) {
          added.add(id);
          entries.push(e);
        }
      }
      relationships.push({ type: "SUCCEEDED_BY", start, end, properties: { year: s.year, kind: s.kind, evidence: [s.source] } });
    }
  }
  return { entries, relationships };
}
