/** The numbering before a heading ("一、", "（二）", "3."), shared by the section and year-heading readers. */

/**
 * Regex source of one heading enumerator: "一、", "（二）" or "(3)", "3." or "3、". A source string,
 * not a RegExp, so that callers can embed it in larger patterns (a year heading after it).
 */
export const HEADING_ENUMERATOR = String.raw`(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、]\s*)`;

const LEADING_ENUMERATOR = new RegExp(`^${HEADING_ENUMERATOR}?`);

/** Characters of the enumerator that opens `line` (0 without one): where the heading's own words start. */
export function headingEnumeratorLength(line: string): number {
  return LEADING_ENUMERATOR.exec(line)?.[0].length ?? 0;
}
