/** Provinces and municipalities named as actors ("联合黑龙江省举办", "与河南、贵州、广西等省区签订"). */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";

const FULL_SUFFIXES = ["省", "市", "自治区"];

/**
 * Input: text, gazetteer (regions: short and full names). Output: an Organization mention per
 * region name, under the region's full name. Not entities by themselves: the collaboration
 * stage uses them as partners, which makes them entities.
 */
export function findRegionMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const region of gazetteer.regions) {
    for (let at = text.indexOf(region.short); at >= 0; at = text.indexOf(region.short, at + 1)) {
      const full = text.startsWith(region.full, at) ? region.full : undefined;
      const suffix = full ? "" : FULL_SUFFIXES.find((s) => text.startsWith(region.short + s, at));
      const surface = full ?? region.short + (suffix ?? "");
      mentions.push({ start: at, end: at + surface.length, surface, entity: { label: "Organization", name: region.full }, source: "region", aliases: [region.short] });
    }
  }
  return mentions;
}
