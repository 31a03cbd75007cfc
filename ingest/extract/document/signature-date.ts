/** Reads the date line that signs an official text ("工业和信息化部 2016年5月3日", "二○一一年十二月三十日"). */

/** An optional issuer on the same line, then a date alone: years in digits or in Chinese numerals. */
const SIGNATURE_DATE = /^(?:([\u4e00-\u9fff]{2,24})\s+)?((?:19|20)\d{2}|[一二〇○零]{2}[〇○零一二三四五六七八九]{2})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日$/;
const CJK_NUMBER: Record<string, number> = { "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 };

export interface SignatureDate {
  /** The issuer written before the date on the same line, if any. */
  issuer?: string;
  year: number;
  month: number;
  day: number;
}

/** A number written in digits or in Chinese numerals ("二○一二" digit by digit, "十七", "三十"). */
function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 4) return Number([...text].map((ch) => CJK_NUMBER[ch] ?? 0).join(""));
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  return (tens === undefined ? 0 : tens === "" && text.includes("十") ? 10 : (CJK_NUMBER[tens] ?? 0) * 10) + (CJK_NUMBER[ones ?? ""] ?? 0);
}

/**
 * Input: one line, as it stands (callers trim). Output: its issuer and date when the line is a
 * signature date and nothing else, else undefined. Both the document's date (when its head states
 * none) and the year a signed text speaks from are read from this one pattern.
 */
export function readSignatureDate(line: string): SignatureDate | undefined {
  const m = SIGNATURE_DATE.exec(line);
  if (!m || !m[2] || !m[3] || !m[4]) return undefined;
  const date = { year: chineseNumber(m[2]), month: chineseNumber(m[3]), day: chineseNumber(m[4]) };
  return m[1] === undefined ? date : { issuer: m[1], ...date };
}
