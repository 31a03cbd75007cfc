/** Ministries written only as the start of one of their departments' names ("工业和信息化部装备工业一司"). */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";

/** The longest known Ministry surface that a department's name starts with and does not end with. */
function ministryPrefix(m: Mention, gazetteer: Gazetteer): Mention | undefined {
  for (let length = m.surface.length - 1; length >= 2; length--) {
    const surface = m.surface.slice(0, length);
    const entry = gazetteer.bySurface.get(surface);
    if (entry?.label === "Ministry") return { start: m.start, end: m.start + length, surface, entity: { label: "Ministry", name: entry.name }, source: "gazetteer" };
  }
  return undefined;
}

/**
 * Input: accepted mentions, gazetteer. Output: a Ministry mention for each bureau or department
 * of another ministry whose name opens with a known ministry ("工信部规划司", "财政部经济建设司"), because
 * the text names that ministry too. They overlap their department, so they are meant for the
 * document's entity list only: the fact stages keep reading the department as the actor.
 */
export function findMinistryPrefixes(mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  return mentions.flatMap((m) => (isDepartment(m) ? (ministryPrefix(m, gazetteer) ?? []) : []));
}

/**
 * A bureau, or a department of another ministry. Not a body found by its org word: "国务院X工作协调机制"
 * is convened by the State Council, and a reader does not list the State Council for it.
 */
function isDepartment(m: Mention): boolean {
  return m.entity.label === "Bureau" || (m.entity.label === "Organization" && m.source !== "suffix");
}
