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
const ZERO_WIDTH = new Set(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]);

/** Maps one character to its half-width form (full-width ASCII, ideographic and no-break spaces). */
export function toHalfWidth(ch: string): string {
  const cp = ch.charCodeAt(0);
  if (cp === 0x3000 || cp === 0x00a0 || ch === "\t") return " ";
  if (cp >= 0xff01 && cp <= 0xff5e && !KEPT_FULL_WIDTH.has(ch)) return String.fromCharCode(cp - 0xfee0);
  return ch;
}

interface Line {
  chars: string[];
  offsets: number[];
  /** Offset in the source of the line break that ends this line. */
  end: number;
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
  const simplified = converted.text;
  const before = stripped.offsets;
  const offsets = before === undefined ? converted.offsets : converted.offsets.map((o) => before[o] ?? o);
  const seen = new Set<string>();
  const outText: string[] = [];
  const outOffsets: number[] = [];
  for (const line of splitLines(simplified, offsets)) {
    const value = line.chars.join("");
    if (value.length === 0) continue;
    if (value.length >= minRepeatedParagraphLength) {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    if (outText.length > 0) {
      outText.push("\n");
      outOffsets.push(line.offsets[0] ?? line.end);
    }
    outText.push(value);
    // Not push(...offsets): a spread of a one-line 300k-character file overflows the call stack.
    for (const offset of line.offsets) outOffsets.push(offset);
  }
  return {
    file: source.file,
    docId: source.docId,
    sha256: source.sha256,
    ...(source.origin === undefined ? {} : { origin: source.origin }),
    text: outText.join(""),
    originalOffsets: outOffsets,
  };
}

/** Converts to simplified; where OpenCC changes a length, that stretch is converted per character instead. */
function simplifiedWithOffsets(text: string): { text: string; offsets: number[] } {
  const converted = traditionalToSimplified(text);
  const whole = converted === text ? converted : converted.replace(ZHE_AS_ZHUO, "着");
  if (whole.length === text.length) return { text: whole, offsets: identity(text.length) };
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

function identity(length: number): number[] {
  const offsets = new Array<number>(length);
  for (let i = 0; i < length; i++) offsets[i] = i;
  return offsets;
}

/** Splits into trimmed lines of half-width characters, whitespace runs collapsed, keeping each character's source offset. */
function splitLines(text: string, offsets: number[]): Line[] {
  const lines: Line[] = [];
  let current: Line = { chars: [], offsets: [], end: 0 };
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const raw = text[i] as string;
    const offset = offsets[i] ?? i;
    if (raw === "\n" || raw === "\r") {
      if (raw === "\r" && text[i + 1] === "\n") continue; // \r\n: the \n ends the line
      current.end = offset;
      lines.push(current);
      current = { chars: [], offsets: [], end: 0 };
      pendingSpace = -1;
      continue;
    }
    if (ZERO_WIDTH.has(raw)) continue;
    const ch = toHalfWidth(raw);
    if (/\s/.test(ch)) {
      if (current.chars.length > 0 && pendingSpace < 0) pendingSpace = offset;
      continue;
    }
    if (pendingSpace >= 0) {
      current.chars.push(" ");
      current.offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    current.chars.push(ch);
    current.offsets.push(offset);
  }
  current.end = text.length;
  lines.push(current);
  return lines;
}
