/** Finds a page's headline below its site chrome, or makes a title from the opening when the page has none. */
import type { Lexicon } from "../../gazetteer/load-gazetteer";

export interface TitleReading {
  title: string;
  /** True when no line is a headline and the title was cut from the opening text. */
  derived: boolean;
}

/** Navigation labels and widgets are this short ("新闻中心", "通知公告", "星期六"); headlines are longer. */
const MAX_LABEL_CHARS = 6;
/** A breadcrumb ("首页 > 政务 > 正文"), a URL, or a page's date or time line. */
const CHROME_SHAPE = /[>»›]|https?:\/\/|www\.|^[\d\s:./\-年月日]+$|^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/;
/** A first line this long, or one that ends a sentence beyond a headline's length, is body text. */
const MAX_TITLE_CHARS = 100;
const SENTENCE_TITLE_CHARS = 40;
const DERIVED_TITLE_CHARS = 30;
/** A headline's decoration: "……任务******", trailing bars. */
const DECORATION = /[*＊#|｜\s]+$/;

function latinShare(line: string): number {
  const letters = line.replace(/[^A-Za-z\u4e00-\u9fff]/g, "");
  return letters.length === 0 ? 1 : letters.replace(/[\u4e00-\u9fff]/g, "").length / letters.length;
}

/** "人事变动|政坛明星某某被任命为部长": a category label before the headline; "| | :" is chrome. */
function longestSegment(line: string): string {
  return line.split(/[|｜]/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0] ?? "";
}

function isChrome(line: string, lexicon: Lexicon): boolean {
  const core = longestSegment(line);
  if (core.length <= MAX_LABEL_CHARS || CHROME_SHAPE.test(core) || latinShare(core) > 0.5) return true;
  if (lexicon.titleChromeCues.some((cue) => core.includes(cue))) return true;
  return lexicon.metaLineLeads.some((lead) => core.startsWith(lead));
}

function derivedTitle(line: string): string {
  const first = line.split(/[。！？!?]/)[0] ?? line;
  return first.length <= DERIVED_TITLE_CHARS ? first : `${first.slice(0, DERIVED_TITLE_CHARS)}…`;
}

/**
 * Input: the document's non-empty, trimmed lines and the lexicon. Output: the first line that is
 * not site chrome (navigation, breadcrumbs, site names, date, source and byline lines) as the
 * title; when that line is body text (long, or a finished sentence), a title made from its
 * opening, marked derived. A document whose every line is chrome keeps its first line.
 */
export function readTitle(lines: string[], lexicon: Lexicon): TitleReading {
  const line = lines.find((l) => !isChrome(l, lexicon));
  if (line === undefined) return { title: lines[0] ?? "", derived: false };
  const title = longestSegment(line).replace(DECORATION, "");
  const body = title.length > MAX_TITLE_CHARS || (title.length > SENTENCE_TITLE_CHARS && /[。！？]$/.test(title)) || lexicon.bodyLeads.some((lead) => title.startsWith(lead));
  return body ? { title: derivedTitle(title), derived: true } : { title, derived: false };
}
