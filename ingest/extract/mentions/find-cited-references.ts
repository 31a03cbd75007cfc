/** Documents cited by something other than a 《》 title: a speech's title after 题为, a document number + 文件. */
import type { Mention } from "../extraction-types";

/** "作了题为“…”的工作报告": the quoted words are the title of the speech or report. */
const SPEECH_TITLE = /题为“([^“”\n]{4,60})”的(?:工作报告|主题报告|报告|讲话|重要讲话|主旨演讲|演讲|发言|致辞)/g;
/** "落实国发14号文件", "国发〔2016〕28号文件": a State Council or ministry document by its number. */
const NUMBERED_FILE = /(?:国发|国办发|国函|国办函|中发|中办发|工信部[\u4e00-\u9fff]{0,3}|工信厅[\u4e00-\u9fff]{0,3})(?:〔\d{4}〕)?\d{1,3}号文件/g;

function mention(start: number, name: string, surface: string): Mention {
  return { start, end: start + surface.length, surface, entity: { label: "Document", name }, source: "document" };
}

/**
 * Input: text. Output: Document mentions for the title of a speech or report given after 题为
 * (named by its words, spaces kept as written) and for a numbered document cited as
 * "X号文件" (named by the number as written).
 */
export function findCitedReferences(text: string): Mention[] {
  const speeches = [...text.matchAll(SPEECH_TITLE)].map((m) => mention(m.index + 2, (m[1] ?? "").trim().replace(/\s+/g, " "), `“${m[1] ?? ""}”`));
  const files = [...text.matchAll(NUMBERED_FILE)].map((m) => mention(m.index, m[0], m[0]));
  return [...speeches, ...files];
}
