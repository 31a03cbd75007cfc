/** Stage decode-text: bytes of one file → text, with the encoding detected (UTF-8/16, GB18030, Big5), never guessed blindly. */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import chardet from "chardet";
import iconv from "iconv-lite";
import type { SourceFile, SourceText } from "../model";
import { BinaryFileError, EmptyFileError, UndecodableFileError } from "../errors";

const STAGE = "decode-text";

/** Encodings tried, in this order, once strict UTF-8 has failed; chardet breaks ties between them. */
const LEGACY_ENCODINGS = ["gb18030", "big5"] as const;
type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** More than this share of control characters (other than tab, newlines, form feed, escape) means binary. */
const MAX_CONTROL_RATIO = 0.02;
/** At least this share of the non-ASCII characters must be CJK, CJK punctuation or full-width forms. */
const MIN_CJK_RATIO = 0.9;
/** When strict UTF-8 fails but this share of the non-ASCII bytes still forms valid UTF-8, the file mixes encodings. */
const MIXED_UTF8_SHARE = 0.5;
const MIN_MIXED_SAMPLE = 64;

/** Returns the document id of a file name: `doc:<file stem>`. */
export function documentIdOf(file: string): string {
  const dot = file.lastIndexOf(".");
  return `doc:${dot > 0 ? file.slice(0, dot) : file}`;
}

/**
 * Decodes one file's bytes into text. Detection, in order: BOM (UTF-8, UTF-16 LE/BE); NUL bytes or
 * many control bytes → binary; strict UTF-8; otherwise GB18030 and Big5, each kept only when it
 * decodes without replacement characters into mostly CJK text, chardet choosing when both do.
 * Throws EmptyFileError, BinaryFileError or UndecodableFileError (all UnreadableFileError).
 */
export function decodeText(file: SourceFile): SourceText {
  const { bytes } = file;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length === 0) throw new EmptyFileError(STAGE, file.file);
  const { encoding, text } = decodeBytes(file);
  if (text.trim().length === 0) throw new EmptyFileError(STAGE, file.file, "the file holds only whitespace");
  const origin = createHash("sha256").update(resolve(file.path)).digest("hex");
  return { file: file.file, docId: documentIdOf(file.file), sha256, origin, encoding, text };
}

function decodeBytes(file: SourceFile): { encoding: string; text: string } {
  const { bytes } = file;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(file, "utf-8-bom", strictUtf8(bytes.subarray(3)));
  if (startsWith(bytes, [0xff, 0xfe])) return checked(file, "utf-16le", utf16(bytes.subarray(2), "utf-16le"));
  if (startsWith(bytes, [0xfe, 0xff])) return checked(file, "utf-16be", utf16(bytes.subarray(2), "utf-16be"));
  if (bytes.includes(0)) throw new BinaryFileError(STAGE, file.file, `binary content (NUL bytes${looksLikeUtf16(bytes) ? "; UTF-16 without a byte-order mark is not supported" : ""})`);
  if (controlRatio(bytes) > MAX_CONTROL_RATIO) {
    throw new BinaryFileError(STAGE, file.file, "binary content (control characters)");
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { encoding: "utf-8", text: utf8 };
  if (validUtf8Share(bytes) >= MIXED_UTF8_SHARE) {
    throw new UndecodableFileError(STAGE, file.file, "mixed encodings (mostly UTF-8 with invalid byte sequences)");
  }
  const candidates = LEGACY_ENCODINGS.flatMap((encoding) => {
    const text = iconv.decode(bytes, encoding);
    return isPlausibleChinese(text) ? [{ encoding, text }] : [];
  });
  const [first, second] = candidates;
  if (first === undefined) {
    throw new UndecodableFileError(STAGE, file.file, "unknown encoding (not UTF-8, UTF-16 with BOM, GB18030/GBK or Big5)");
  }
  if (second === undefined) return first;
  return choose(bytes, first, second);
}

/**
 * GB18030 and Big5 both decode most double-byte text without error; the right one yields common
 * characters, the wrong one rare ones. A charset the file declares (HTML meta, XML) wins, then
 * the share of common characters, then chardet.
 */
function choose(bytes: Buffer, first: Decoded, second: Decoded): Decoded {
  const declared = declaredCharset(bytes);
  if (declared === first.encoding) return first;
  if (declared === second.encoding) return second;
  const a = commonShare(first.text);
  const b = commonShare(second.text);
  if (Math.abs(a - b) >= 0.1) return a > b ? first : second;
  return preferredByChardet(bytes) === second.encoding ? second : first;
}

interface Decoded {
  encoding: string;
  text: string;
}

function declaredCharset(bytes: Buffer): LegacyEncoding | undefined {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const match = /<meta[^>]+charset\s*=\s*["']?([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  const name = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (name === undefined) return undefined;
  if (["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"].includes(name)) return "gb18030";
  if (["big5", "big5-hkscs", "cp950", "x-big5"].includes(name)) return "big5";
  return undefined;
}

/** Share of the CJK characters of `text` that are among the most frequent (simplified or traditional). */
function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x3400 || cp > 0x9fff) continue;
    cjk++;
    if (COMMON_CHARACTERS.has(ch)) common++;
  }
  return cjk === 0 ? 0 : common / cjk;
}

/** About 400 of the most frequent characters in Chinese text, in simplified and traditional forms. */
const COMMON_CHARACTERS = new Set(
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研质信息技术服务标准规划司局厅省市县企业产品市场投资创新发展改革推进实施加快促进提升完善建立健全加强深化优化扩大支持鼓励引导推动落实开展组织负责工程项目计划专项试点示范行动战略工作会议报告通知意见办法条例规定" +
    "這為們個國來時後說對會發動過種面現實從還與關條統據處級將產業務規劃進際體點開質氣變問題則萬東邊傳導報運營設資訊網絡電視廣樂華陸總專項試點示範戰略會議報告辦法條例規定經濟區域縣計畫標準創新發展改革推進實施加強深化優化擴大支持鼓勵引導推動落實組織負責",
);

function checked(file: SourceFile, encoding: string, text: string | undefined): { encoding: string; text: string } {
  if (text === undefined) throw new UndecodableFileError(STAGE, file.file, `invalid ${encoding} byte sequences`);
  if (text.includes("\u0000") || controlRatio(Buffer.from(text, "utf8")) > MAX_CONTROL_RATIO) {
    throw new BinaryFileError(STAGE, file.file, `binary content behind a ${encoding} byte-order mark`);
  }
  return { encoding, text };
}

/** NUL bytes all at even or all at odd offsets: probably UTF-16 text that lost its BOM. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  bytes.subarray(0, 4096).forEach((b, i) => {
    if (b === 0 && i % 2 === 0) even++;
    else if (b === 0) odd++;
  });
  return Math.min(even, odd) === 0 && Math.max(even, odd) >= 8;
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of C0 control bytes other than \t \n \v \f \r and ESC in (at most) the first 64 KiB. */
function controlRatio(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

/** No replacement characters and at least MIN_CJK_RATIO of the non-ASCII characters CJK-like. */
function isPlausibleChinese(text: string): boolean {
  if (text.includes("\ufffd")) return false;
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (isCjkLike(cp)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= MIN_CJK_RATIO;
}

function isCjkLike(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // extension A
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x2010 && cp <= 0x206f) || // general punctuation: “”‘’—…
    (cp >= 0x3100 && cp <= 0x312f) || // bopomofo
    cp === 0x00b7 // middle dot
  );
}

function preferredByChardet(bytes: Uint8Array): LegacyEncoding | undefined {
  for (const match of chardet.analyse(bytes.subarray(0, 65_536))) {
    const name = match.name.toLowerCase();
    if (name === "gb18030") return "gb18030";
    if (name === "big5") return "big5";
  }
  return undefined;
}

/**
 * Share of the non-ASCII bytes inside well-formed 3- and 4-byte UTF-8 sequences (what UTF-8 Chinese is
 * made of). GBK text rarely forms them by chance (its bytes do often form 2-byte ones, so those are not counted).
 */
function validUtf8Share(bytes: Uint8Array): number {
  let nonAscii = 0;
  let valid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : 1;
    let ok = length > 1 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    const span = ok ? length : 1;
    nonAscii += span;
    if (ok) valid += span;
    i += span;
  }
  // Short GBK texts form 3-byte sequences by chance too often to judge.
  return nonAscii < MIN_MIXED_SAMPLE ? 0 : valid / nonAscii;
}
