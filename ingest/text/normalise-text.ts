/** Stage normalise-text: decoded text → simplified Chinese, half-width ASCII, trimmed lines, repeated paragraphs dropped. */
import { stripPinyin } from "./strip-pinyin";
import { Converter } from "opencc-js";
import type { NormalisedText, SourceText } from "../model";

export interface NormaliseOptions {
  /** A line at least this long (after normalising) that equals an earlier line is dropped; shorter lines (headings such as "2017年工作思路") are kept. */
  minRepeatedParagraphLength: number;
}

export const DEFAULT_NORMALISE_OPTIONS: NormaliseOptions = {
  minRepeatedParagraphLength: 20,
};

/**
 * OpenCC's Hong Kong variant: measured on the corpus, it leaves simplified text untouched
 * (the Taiwan variant turns 显著 into 显着) and round-trips HK and OpenCC-standard traditional exactly.
 */
let toCn: ((text: string) => string) | undefined;
function traditionalToSimplified(text: string): string {
  toCn ??= Converter({ from: "hk", to: "cn" });
  return toCn(text);
}

/**
 * Traditional text writes the particle and verb 着 as 著, which OpenCC keeps (著 is also simplified:
 * 显著, 著名). In documents that had traditional characters, 著 becomes 着 in the common 着 words
 * (着力, 着陆, 随着, 意味着 …) unless it ends a 著 word (显著, 卓著, 名著 …). Length-preserving.
 */
const ZHE_AS_ZHUO = /(?<![显卓昭名土编原论巨遗专拙大])(?:著(?=[力陆手重眼想落急实装])|(?<=[随接沿朝绕临味带看控穿本顺挥负])著)/g;

/** Full-width forms kept as they are: Chinese sentence punctuation the extraction splits on. */
const KEPT_FULL_WIDTH = new Set(["，", "：", "；", "！", "？"]);
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Maps one character to its half-width form (full-width ASCII, ideographic and no-break spaces). */
export function toHalfWidth(ch: string): string {
  const cp = ch.charCodeAt(0);
  if (cp === 0x3000 || cp === 0x00a0 || ch === "\t") return " ";
  if (cp >= 0xff01 && cp <= 0xff5e && !KEPT_FULL_WIDTH.has(ch)) return String.fromCharCode(cp - 0xfee0);
  return ch;
}

/**
 * Normalises one document: traditional → simplified (OpenCC hk → cn; mixed text is converted
 * character by character where a phrase would change length), full-width ASCII letters, digits,
 * symbols, parentheses and spaces → half-width (，：；！？“”《》、。 stay), whitespace runs → one
 * space, lines trimmed, blank lines and repeated long paragraphs dropped. `originalOffsets[i]` is
 * the index in `source.text` of character i.
 */
export function normaliseText(source: SourceText, options: Partial<NormaliseOptions> = {}): NormalisedText {
  const { minRepeatedParagraphLength } = { ...DEFAULT_NORMALISE_OPTIONS, ...options };
  const stripped = stripPinyin(source.text);
  const converted = simplifiedWithOffsets(stripped.text);
  const before = stripped.offsets;
  const after = converted.offsets;
  // Where character i of the converted text stands in the source (no list at all where nothing moved).
  const sourceOffset = (i: number): number => {
    const o = after === undefined ? i : (after[i] ?? i);
    return before === undefined ? o : (before[o] ?? o);
  };
  const { text, offsets } = joinLines(converted.text, sourceOffset, minRepeatedParagraphLength);
  return {
    file: source.file,
    docId: source.docId,
    sha256: source.sha256,
    ...(source.origin === undefined ? {} : { origin: source.origin }),
    text,
    originalOffsets: offsets,
  };
}

/** Converts to simplified; where OpenCC changes a length, that stretch is converted per character instead. */
function simplifiedWithOffsets(text: string): { text: string; offsets: number[] | undefined } {
  const converted = traditionalToSimplified(text);
  const whole = converted === text ? converted : converted.replace(ZHE_AS_ZHUO, "着");
  if (whole.length === text.length) return { text: whole, offsets: undefined };
  const parts: string[] = [];
  const offsets: number[] = [];
  let position = 0;
  for (const ch of text) {
    const converted = traditionalToSimplified(ch).replace(ZHE_AS_ZHUO, "着");
    parts.push(converted);
    for (let k = 0; k < converted.length; k++) offsets.push(position + Math.min(k, ch.length - 1));
    position += ch.length;
  }
  return { text: parts.join(""), offsets };
}

/** JavaScript's \s, by code unit (a regular expression per character was a tenth of the extraction). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Trimmed lines of half-width characters, whitespace runs collapsed to one space, blank lines and repeats of
 * a line at least `minRepeated` long dropped, joined by "\n", with each character's source offset (a kept
 * line's "\n" takes the offset of the line's first character).
 */
function joinLines(text: string, sourceOffset: (i: number) => number, minRepeated: number): { text: string; offsets: number[] } {
  const seen = new Set<string>();
  const parts: string[] = [];
  const offsets: number[] = [];
  let line = "";
  const lineOffsets: number[] = [];
  let pendingSpace = -1;
  const endLine = (): void => {
    if (line.length > 0 && !(line.length >= minRepeated && seen.has(line))) {
      if (line.length >= minRepeated) seen.add(line);
      if (parts.length > 0) {
        parts.push("\n");
        offsets.push(lineOffsets[0] ?? 0);
      }
      parts.push(line);
      // Not push(...lineOffsets): a spread of a one-line 300k-character file overflows the call stack.
      for (const offset of lineOffsets) offsets.push(offset);
    }
    line = "";
    lineOffsets.length = 0;
    pendingSpace = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue; // \r\n: the \n ends the line
      endLine();
      continue;
    }
    if (ZERO_WIDTH.has(code)) continue;
    if (isSpace(code)) {
      if (line.length > 0 && pendingSpace < 0) pendingSpace = sourceOffset(i);
      continue;
    }
    if (pendingSpace >= 0) {
      line += " ";
      lineOffsets.push(pendingSpace);
      pendingSpace = -1;
    }
    line += toHalfWidth(text[i] as string);
    lineOffsets.push(sourceOffset(i));
  }
  endLine();
  return { text: parts.join(""), offsets };
}
