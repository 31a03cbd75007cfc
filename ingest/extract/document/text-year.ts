/** The year an undated text speaks from, read from its body: a parliament session it names, a year-end it compares with, the latest year it reports in. */

/** The first year of each National People's Congress and CPPCC term (第十一届 2008 …): session k of a term falls in year first + k − 1. */
const TERM_FIRST_YEARS: Record<string, number> = { 十: 2003, 十一: 2008, 十二: 2013, 十三: 2018, 十四: 2023, 十五: 2028 };
const SESSION_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
/** "十三届全国人大五次会议", "全国政协十三届五次会议", "第十四届全国人民代表大会第二次会议". */
const SESSION = /第?(十[一二三四五]?)届(?:全国人大|全国人民代表大会|全国政协|全国委员会)?第?([一二三四五])次(?:会议|全体会议)/g;
/** A year that opens a clause ("2022年，…", "，2023年要…") and is no date, deadline or starting point. */
const CLAUSE_YEAR = /(?:^|[\n，,。；;：:])\s*((?:19|20)\d{2})年(?!\d{1,2}月|度?底|末|前|以前|之前|以来|起|开始|以后|后|生|出生|参加工作|入党|毕业|加入)/g;

/** "比2021年末净增1.2亿户": a figure compared with the end of a year is reported in the year after it. */
const COMPARED_WITH_YEAR_END = /比((?:19|20)\d{2})年(?:末|底)/g;

/** The year after the latest year-end a figure is compared with. */
export function comparisonYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(COMPARED_WITH_YEAR_END)) latest = Math.max(latest ?? 0, Number(m[1]) + 1);
  return latest;
}

/** "回顾2020年工作并安排2021年任务": a meeting that reviews a year and plans the next. */
const REVIEW_AND_PLAN = /(?:回顾|总结)了?((?:19|20)\d{2})年[^。]{0,40}?(?:安排|部署)了?((?:19|20)\d{2})年/;
/** Months in which such a meeting is held at the end of the year it reviews (else early in the year it plans). */
const YEAR_END_MONTHS = 10;

/** The year of a review-and-plan meeting: the reviewed year when it meets late in it, else the planned one. */
export function reviewPlanYear(text: string, month: number | undefined): number | undefined {
  const m = REVIEW_AND_PLAN.exec(text);
  if (!m?.[1] || !m[2] || Number(m[2]) !== Number(m[1]) + 1) return undefined;
  return month !== undefined && month < YEAR_END_MONTHS ? Number(m[2]) : Number(m[1]);
}

/** The year of the latest NPC or CPPCC plenary session the text names. */
export function sessionYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(SESSION)) {
    const first = TERM_FIRST_YEARS[m[1] ?? ""];
    const session = SESSION_NUMBERS[m[2] ?? ""];
    if (first === undefined || session === undefined) continue;
    latest = Math.max(latest ?? 0, first + session - 1);
  }
  return latest;
}

/** The latest year that opens a clause: a report speaks from the last year whose work it states. */
export function latestClauseYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(CLAUSE_YEAR)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}
