/** The scorer's name normalisation: simplified Chinese, NFKC (full → half width), no whitespace, quotes or title marks. */
import { Converter } from "opencc-js";

let toSimplified: ((text: string) => string) | undefined;

const QUOTES_AND_MARKS = /[“”"‘’'「」『』《》〈〉]/g;
const DASHES = /[—–－─‐‑‒―~～]/g;

/**
 * Input: a name as written. Output: the form two names are compared in, so that
 * “宽带中国”战略 = 宽带中国战略 and 《中国制造2025》 = 中国制造2025, （ = (, — = -.
 */
export function normaliseName(name: string): string {
  toSimplified ??= Converter({ from: "hk", to: "cn" });
  return toSimplified(name)
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(QUOTES_AND_MARKS, "")
    .replace(DASHES, "-");
}
