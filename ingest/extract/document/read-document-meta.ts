/** Reads what a document says about itself: title, date, year, document number, issuer, and whose report it is. */
import { readDocumentKind } from "./read-document-kind";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { DocumentMeta, EntityRef } from "../extraction-types";
import { HEADING_ENUMERATOR } from "./heading-enumerator";
import { readSignatureDate } from "./signature-date";
import { readTitle } from "./read-title";
import { comparisonYear, latestClauseYear, reviewPlanYear, sessionYear } from "./text-year";

const ISO_DATE = /(?:发布日期|日期|时间)\s*[:：]\s*(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})/;
const CJK_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const CJK_MONTH = /((?:19|20)\d{2})年\d{1,2}月/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,6}[〔[(（]\d{4}[〕\])）]\d+号/;
const ISSUER_LINE = /^[\u4e00-\u9fff][\u4e00-\u9fff ]{1,40}$/;
/** "工业和信息化部 财政部关于…的通知": the issuers named before 关于 in a notice's title. */
const TITLE_ISSUER = /^([\u4e00-\u9fff][\u4e00-\u9fff 、]{1,40}?)关于.*(?:通知|意见|决定|通告|公告|批复|函)$/;
/**
 * A year heading's enumerator: a section heading's ("一、", "（二）", "3.") or a part's ("第一部分").
 * Department headings (split-sections) do not take the part form; no sample or test shows either way.
 */
const ENUMERATOR = String.raw`(?:${HEADING_ENUMERATOR}|第[一二三四五六七八九十]+部分\s*)?`;
const PLAN_HEADING = new RegExp(String.raw`^${ENUMERATOR}(\d{4})年[^\n。]{0,12}(?:工作思路|工作要求|重点工作|工作重点|工作安排|工作总体要求|工作任务)`, "m");
const REVIEW_HEADING = new RegExp(String.raw`^${ENUMERATOR}(\d{4})年[^\n。]{0,12}(?:主要工作|工作情况|完成工作|工作回顾|成效)`, "m");
/** A title that reviews a year ("科技司2018年工作回顾") speaks from that year. */
const REVIEW_TITLE = /((?:19|20)\d{2})年度?[^\n。]{0,12}(?:回顾|总结|盘点|成效|进展|年报)/;

function pad(n: string): string {
  return n.padStart(2, "0");
}

/** The first date the opening lines state (a publication or meeting date). */
function findDate(head: string): string | undefined {
  const m = ISO_DATE.exec(head) ?? CJK_DATE.exec(head);
  if (!m || !m[1] || !m[2] || !m[3]) return undefined;
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
}

/** A publication stamp with its time, anywhere on a head line: "来源:中国新闻网   2021-12-29 21:45:28". */
const STAMP = /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}/;
/** A site's calendar widget ("2024年11月23日 星期六", "今天是：…") dates the visit, not the page. */
const CALENDAR = /星期[一二三四五六日天]|周[一二三四五六日]$|今天是/;

function stampDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = STAMP.exec(line);
    if (m?.[1] && m[2] && m[3] && Number(m[2]) <= 12 && Number(m[3]) <= 31) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  }
  return undefined;
}

/** Lines without the calendar widget: a date line followed by its weekday line goes too. */
function withoutCalendar(lines: string[]): string[] {
  return lines.filter((line, i) => !CALENDAR.test(line) && !(CALENDAR.test(lines[i + 1] ?? "") && /^[\d年月日\s\-/.]+$/.test(line)));
}

/** "12月22日，…", "中新网1月11日电": a month and day that open the first body line, without a year. */
const LEAD_MONTH_DAY = /^[^，。,\d]{0,12}?(\d{1,2})月(\d{1,2})日/;

function leadMonthDay(lines: string[], title: string): { month: number; day: number } | undefined {
  const body = lines.find((l) => l !== title && !l.startsWith(title) && /[。，,]/.test(l));
  const m = body === undefined ? undefined : LEAD_MONTH_DAY.exec(body);
  if (!m?.[1] || !m[2]) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : undefined;
}

/** A page's own date line, unlabelled or "发布于": "2016-12-28 来源:…", "2016/7/5 09:30", "05.07.2016 09:30". */
const LINE_DATE = /^(?:(?:发布于|发布时间|时间|日期)\s*[:：]?\s*)?(?:((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}))(?![\d年])/;

function lineDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = LINE_DATE.exec(line);
    if (!m) continue;
    const [year, month, day] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
    if (!year || !month || !day || Number(month) > 12 || Number(day) > 31) continue;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

/** The year of a document number: 工信部规〔2021〕45号 → 2021. */
function docNumberYear(docNumber: string | undefined): number | undefined {
  const year = /[〔[(（](\d{4})[〕\])）]/.exec(docNumber ?? "")?.[1];
  return year ? Number(year) : undefined;
}

function labelledDate(head: string): string | undefined {
  const m = ISO_DATE.exec(head);
  return m?.[1] && m[2] && m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : undefined;
}

/** Without a date: a review title or heading names the year; a plan heading names the year after the document's. */
function inferYear(text: string, title: string | undefined): number | undefined {
  const reviewed = title === undefined ? undefined : REVIEW_TITLE.exec(title)?.[1];
  if (reviewed) return Number(reviewed);
  const review = REVIEW_HEADING.exec(text);
  if (review?.[1]) return Number(review[1]);
  const plan = PLAN_HEADING.exec(text);
  if (plan?.[1]) return Number(plan[1]) - 1;
  return undefined;
}

/** A report of the national work conference (named in the title) speaks for the home ministry as a whole. */
function findOwner(head: string, gazetteer: Gazetteer): EntityRef | undefined {
  const cues = gazetteer.lexicon.ministryReportCues;
  if (!cues.some((cue) => head.includes(cue))) return undefined;
  const ministry = gazetteer.bySurface.get(gazetteer.lexicon.homeMinistry ?? "");
  return ministry ? { label: ministry.label, name: ministry.name } : undefined;
}

/** The date of the first signature, when the opening lines give none. */
function signatureDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const signed = readSignatureDate(line);
    if (signed) return `${signed.year}-${pad(String(signed.month))}-${pad(String(signed.day))}`;
  }
  return undefined;
}

/** The issuer who signs the document first: on the date's line, or the line above it ("广东省人民政府" above "二○一二年二月十七日"). */
function findIssuer(lines: string[]): string | undefined {
  for (const [i, line] of lines.entries()) {
    const signed = readSignatureDate(line);
    if (!signed) continue;
    const before = lines[i - 1] ?? "";
    return signed.issuer ?? (ISSUER_LINE.test(before) ? before : undefined);
  }
  return undefined;
}

/**
 * Input: the normalised text. Output: title (the headline below any site chrome, or one made from
 * the opening), date (YYYY-MM-DD) when the head states one, the document's year (its date; else a
 * review title or heading, a dated month, the document number, a parliament session, the latest
 * year it reports in), its number (国发〔2011〕47号) and, for a ministry-wide work report, the
 * ministry as owner; the issuer is whoever signs it first.
 */
export function readDocumentMeta(text: string, gazetteer: Gazetteer): DocumentMeta {
  const lines = withoutCalendar(text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0));
  const { title, derived } = readTitle(lines, gazetteer.lexicon);
  const head = lines.slice(0, 4).join("\n");
  // A labelled date ("发布时间：…") may stand below a web page's title, source and breadcrumb lines.
  const date = findDate(head) ?? labelledDate(lines.slice(0, 10).join("\n")) ?? lineDate(lines.slice(0, 10)) ?? stampDate(lines.slice(0, 10)) ?? signatureDate(lines);
  const month = CJK_MONTH.exec(head)?.[1];
  const docNumber = DOC_NUMBER.exec(lines.slice(0, 6).join("\n"))?.[0];
  // A title cut from body text says nothing of the year or the owner that a headline would.
  const headline = derived ? undefined : title;
  const monthDay = leadMonthDay(lines, title);
  const year = date ? Number(date.slice(0, 4)) : (inferYear(text, headline) ?? (month ? Number(month) : (docNumberYear(docNumber) ?? sessionYear(text) ?? reviewPlanYear(text, monthDay?.month) ?? comparisonYear(text) ?? latestClauseYear(text))));
  // "12月22日，…" with the year stated elsewhere: the date of the text is that day of its year.
  const dated = date ?? (monthDay && year !== undefined ? `${year}-${pad(String(monthDay.month))}-${pad(String(monthDay.day))}` : undefined);
  const owner = headline === undefined ? undefined : findOwner(headline, gazetteer);
  const issuer = findIssuer(lines) ?? (headline === undefined ? undefined : TITLE_ISSUER.exec(headline)?.[1]?.trim());
  return { title, ...(derived ? { titleDerived: true } : {}), date: dated, year, docNumber, owner, issuer, kind: readDocumentKind(text, issuer, gazetteer, headline) };
}
