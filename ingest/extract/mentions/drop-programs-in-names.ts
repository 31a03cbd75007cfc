/** Known program names that only name something else: "智能制造联盟", "5G终端白皮书", "工业互联网产业园". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { longestWordAt } from "../word-index";

/**
 * Input: candidate mentions, text, gazetteer. Output: the candidates without the gazetteer program
 * mentions that a word of `programNameHeads` follows (联盟, 实验室, 供应商, 终端 …): there the
 * program's name qualifies an organisation, a product or a place, which is not the program.
 */
export function dropProgramsInNames(candidates: Mention[], text: string, gazetteer: Gazetteer): Mention[] {
  const heads = gazetteer.lexicon.programNameHeads;
  return candidates.filter((m) => m.source !== "gazetteer" || m.entity.label !== "Program" || longestWordAt(text, m.end, heads) === undefined);
}
