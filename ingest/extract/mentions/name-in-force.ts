/**
 * A body named by a name it had lost by the document's year (a 2016 text writing 软件服务业司 after the 2015
 * merger) is the body in force that year: the mention is resolved to the successor through renames and
 * mergers (gazetteer lineage). A name written as former (原…, 前…) stays the old body, and so does every
 * name in a document without a year.
 */
import { entryKey } from "../../gazetteer/load-gazetteer";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import { entryInForce } from "../../gazetteer/lineage";
import type { Mention } from "../extraction-types";

const FORMER = /[原前]$/;

export function nameInForce(text: string, mentions: readonly Mention[], year: number | undefined, gazetteer: Gazetteer): Mention[] {
  if (year === undefined || gazetteer.lineage.successorsOf.size === 0) return [...mentions];
  return mentions.map((m) => {
    const entry = gazetteer.byKey.get(entryKey(m.entity.label, m.entity.name));
    if (!entry || FORMER.test(text.slice(Math.max(0, m.start - 1), m.start))) return m;
    const current = entryInForce(entry, year, gazetteer.lineage);
    return current === entry ? m : { ...m, entity: { label: current.label, name: current.name } };
  });
}
