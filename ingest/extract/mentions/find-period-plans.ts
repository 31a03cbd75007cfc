/** Five-year plans cited without 《》: "“十三五”规划", "国家“十四五”规划纲要", "无线电管理“十五五”规划". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { phraseStart } from "./program-phrase";

/** A plan period in quotes or bare, then the genre word; the topic may stand between ("“十四五”原材料工业发展规划"). */
const PERIOD_PLAN = /“?十[一二三四五六七]五”?((?:[\u4e00-\u9fff]{0,10}?)(?:规划纲要|发展规划|规划))/g;
/** What follows a plan's name when the text speaks of work towards a plan, not of the plan: "规划前期研究" (a study, a program). */
const NOT_THE_PLAN = /^(?:前期|研究|预研|思路|编制工作)/;

/**
 * Input: text, gazetteer. Output: Document mentions for five-year plans written without 《》,
 * with the topic or issuer before the period when there is one ("国家无线电管理“十三五”规划");
 * the topic starts after the verb or count before it, as a program name does.
 */
export function findPeriodPlans(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(PERIOD_PLAN)) {
    const end = m.index + m[0].length;
    if (text[m.index - 1] === "《" || NOT_THE_PLAN.test(text.slice(end, end + 4))) continue;
    // "小康社会和“十三五”规划": a topic does not reach back over a joint.
    const topic = phraseStart(text, m.index, gazetteer);
    const joint = Math.max(...[..."和与及"].map((j) => text.lastIndexOf(j, m.index - 1)));
    const start = joint >= topic ? joint + 1 : topic;
    // "各行业“十三五”发展规划", "轻工、纺织等行业“十三五”发展规划": many plans, not one document.
    const category = gazetteer.lexicon.listCategoryWords.some((w) => text.slice(0, m.index).endsWith(`等${w}`));
    if (category || gazetteer.lexicon.documentGenericStarts.some((g) => text.startsWith(g, start))) continue;
    const surface = text.slice(start, end);
    mentions.push({ start, end, surface, entity: { label: "Document", name: surface.replace(/[“”]/g, "") }, source: "document", aliases: [surface] });
  }
  return mentions;
}
