/** Stage decode-text: bytes of one file → text, with the encoding detected (UTF-8/16, GB18030, Big5), never guessed blindly. */
import { createHash } from "node:crypto";
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
  return { file: file.file, docId: documentIdOf(file.file), sha256, encoding, text };
}

function decodeBytes(file: SourceFile): { encoding: string; text: string } {
  const { bytes } = file;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(file, "utf-8-bom", strictUtf8(bytes.subarray(3)));
  if (startsWith(bytes, [0xff, 0xfe])) return checked(file, "utf-16le", utf16(bytes.subarray(2), "utf-16le"));
  if (startsWith(bytes, [0xfe, 0xff])) return checked(file, "utf-16be", utf16(bytes.subarray(2), "utf-16be"));
  if (bytes.includes(0)) throw new BinaryFileError(STAGE, file.file, "binary content (NUL bytes)");
  if (controlRatio(bytes) > MAX_CONTROL_RATIO) {
    throw new BinaryFileError(STAGE, file.file, "binary content (control characters)");
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { encoding: "utf-8", text: utf8 };
  const candidates = LEGACY_ENCODINGS.flatMap((encoding) => {
    const text = iconv.decode(bytes, encoding);
    return isPlausibleChinese(text) ? [{ encoding, text }] : [];
  });
  const [first, second] = candidates;
  if (first === undefined) {
    throw new UndecodableFileError(STAGE, file.file, "unknown encoding (not UTF-8, UTF-16 with BOM, GB18030/GBK or Big5)");
  }
  if (second === undefined) return first;
  return preferredByChardet(bytes) === second.encoding ? second : first;
}

function checked(file: SourceFile, encoding: string, text: string | undefined): { encoding: string; text: string } {
  if (text === undefined) throw new UndecodableFileError(STAGE, file.file, `invalid ${encoding} byte sequences`);
  if (text.includes("\u0000") || controlRatio(Buffer.from(text, "utf8")) > MAX_CONTROL_RATIO) {
    throw new BinaryFileError(STAGE, file.file, `binary content behind a ${encoding} byte-order mark`);
  }
  return { encoding, text };
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
