/** Party committees of a region or city written before a party post: "辽宁省委副书记", "、某某市委书记". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef } from "../extraction-types";

/**
 * A province (辽宁省委, 中共辽宁省委), a province and city (浙江省某某市委), or a city after a delimiter
 * (、某某市委): a committee ending with 委 or 党委 right before the title (built with the gazetteer).
 */
function committeePattern(gazetteer: Gazetteer): RegExp {
  return gazetteer.derived.partyCommittee;
}

/**
 * Input: text, the offset of a party title (lexicon partyCommitteeTitles), gazetteer. Output: the
 * committee written right before it, as an Organization named as written, and where it starts; or
 * undefined. Regional party committees are not in the gazetteer, so the post would otherwise be lost.
 */
export function partyCommitteeBefore(text: string, at: number, title: string, gazetteer: Gazetteer): { org: EntityRef; start: number } | undefined {
  if (!gazetteer.lexicon.partyCommitteeTitles.includes(title)) return undefined;
  const before = text.slice(Math.max(0, at - 16), at);
  const m = committeePattern(gazetteer).exec(before);
  if (!m) return undefined;
  return { org: { label: "Organization", name: m[0] }, start: at - m[0].length };
}
