/** Departments another ministry is said to have or an official to oversee: "某部下设A司、B司等", "分管A司、B局". */
import type { Gazetteer, GazetteerEntry } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";

/** One listed department: a short name ending in 司, 局 or 厅, without punctuation. */
const DEPARTMENT = /^[\u4e00-\u9fff]{2,12}?[司局厅](?=[、和及，,。；;等\s]|$)/;
const LIST_JOINTS = ["、", "和", "及"];
/** How far back in the sentence the ministry that owns the list may be named. */
const MAX_LOOK_BACK = 80;

/** The ministry named last before `at` in the same sentence, if any. */
function ministryBefore(text: string, at: number, gazetteer: Gazetteer): GazetteerEntry | undefined {
  const from = Math.max(0, at - MAX_LOOK_BACK, ...["。", "\n", "；"].map((p) => text.lastIndexOf(p, at) + 1));
  const window = text.slice(from, at);
  let best: { at: number; entry: GazetteerEntry } | undefined;
  for (const [surface, entry] of gazetteer.bySurface) {
    if (entry.label !== "Ministry") continue;
    const found = window.lastIndexOf(surface);
    if (found >= 0 && (!best || found > best.at)) best = { at: found, entry };
  }
  return best?.entry;
}

/** The departments listed from `at` on, joined by 、/和/及. */
function departmentsFrom(text: string, at: number): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  for (let next = at; ; ) {
    const word = DEPARTMENT.exec(text.slice(next, next + 14))?.[0];
    if (!word) break;
    items.push({ start: next, end: next + word.length });
    const joint = LIST_JOINTS.find((j) => text.startsWith(j, next + word.length));
    if (!joint) break;
    next += word.length + joint.length;
  }
  return items;
}

/**
 * Input: text, gazetteer. Output: Organization mentions of the departments listed after a cue
 * (lexicon departmentListCues: 下设, 分管 …) when the ministry last named before the cue in its
 * sentence is not the home ministry: they are that ministry's departments (Organizations by the
 * guideline), even where the home ministry has one of the same name (人事司).
 */
export function findDepartmentLists(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const cue of gazetteer.lexicon.departmentListCues) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      const owner = ministryBefore(text, at, gazetteer);
      if (!owner || owner.name === gazetteer.lexicon.homeMinistry) continue;
      for (const { start, end } of departmentsFrom(text, at + cue.length)) {
        const surface = text.slice(start, end);
        mentions.push({ start, end, surface, entity: { label: "Organization", name: surface }, source: "region" });
      }
    }
  }
  return mentions;
}
