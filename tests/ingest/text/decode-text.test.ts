import iconv from "iconv-lite";
import { Converter } from "opencc-js";
import { describe, expect, it } from "vitest";
import { BinaryFileError, EmptyFileError, UndecodableFileError } from "../../../ingest/errors";
import type { SourceFile } from "../../../ingest/model";
import { decodeText, documentIdOf } from "../../../ingest/text/decode-text";

const SAMPLE = "工业和信息化部规划司司长罗文表示，2017年将继续推进“中国制造2025”，实施工业强基工程。\n";

function file(bytes: Buffer | Uint8Array, name = "sample.txt"): SourceFile {
  return { path: `/fixtures/${name}`, file: name, bytes: Buffer.from(bytes) };
}

describe("decodeText", () => {
  it("decodes UTF-8 without a BOM", () => {
    const result = decodeText(file(Buffer.from(SAMPLE, "utf8")));
    expect(result).toMatchObject({ encoding: "utf-8", text: SAMPLE, docId: "doc:sample", file: "sample.txt" });
  });

  it("decodes UTF-8 with a BOM and drops the BOM", () => {
    const result = decodeText(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, "utf8")])));
    expect(result.encoding).toBe("utf-8-bom");
    expect(result.text).toBe(SAMPLE);
  });

  it("decodes UTF-16 LE and BE with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(file(le))).toMatchObject({ encoding: "utf-16le", text: SAMPLE });
    expect(decodeText(file(be))).toMatchObject({ encoding: "utf-16be", text: SAMPLE });
  });

  it("decodes GB18030 and GBK text", () => {
    expect(decodeText(file(iconv.encode(SAMPLE, "gb18030")))).toMatchObject({ encoding: "gb18030", text: SAMPLE });
    expect(decodeText(file(iconv.encode(SAMPLE, "gbk")))).toMatchObject({ encoding: "gb18030", text: SAMPLE });
  });

  it("decodes Big5 traditional text instead of reading it as GB18030", () => {
    const traditional = Converter({ from: "cn", to: "hk" })(SAMPLE.repeat(3));
    expect(decodeText(file(iconv.encode(traditional, "big5")))).toMatchObject({ encoding: "big5", text: traditional });
  });

  it("tells short GB18030 and Big5 texts apart by their common characters", () => {
    expect(decodeText(file(iconv.encode("通知：规划司", "gb18030")))).toMatchObject({ encoding: "gb18030", text: "通知：规划司" });
    expect(decodeText(file(iconv.encode("通知：規劃司", "big5")))).toMatchObject({ encoding: "big5", text: "通知：規劃司" });
  });

  it("follows the charset an HTML page declares when that charset decodes it", () => {
    const page = '<meta charset="big5"><p>工業</p>';
    expect(decodeText(file(iconv.encode(page, "big5"), "p.html"))).toMatchObject({ encoding: "big5", text: page });
  });

  it("hashes the bytes with sha256", () => {
    const result = decodeText(file(Buffer.from("abc")));
    expect(result.sha256).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("refuses an empty file and a file of whitespace only", () => {
    expect(() => decodeText(file(Buffer.alloc(0)))).toThrow(EmptyFileError);
    expect(() => decodeText(file(Buffer.from(" \n\t\r\n", "utf8")))).toThrow(EmptyFileError);
    expect(() => decodeText(file(Buffer.from([0xef, 0xbb, 0xbf])))).toThrow(EmptyFileError);
  });

  it("refuses binary content: NUL bytes or many control bytes", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(file(png, "image.txt"))).toThrow(BinaryFileError);
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(() => decodeText(file(controls))).toThrow(BinaryFileError);
    const utf16WithoutBom = Buffer.from("Hello, MIIT 2017: 工业强基", "utf16le");
    expect(() => decodeText(file(utf16WithoutBom))).toThrow(/UTF-16 without a byte-order mark/);
    const utf16Binary = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(64)]);
    expect(() => decodeText(file(utf16Binary))).toThrow(BinaryFileError);
  });

  it("refuses bytes that no supported encoding decodes", () => {
    const latin1 = iconv.encode("Café crème à la française, très élégant. ".repeat(4), "latin1");
    expect(() => decodeText(file(latin1))).toThrow(UndecodableFileError);
    const noise = Buffer.from(Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    expect(() => decodeText(file(noise))).toThrow(UndecodableFileError);
  });

  it("refuses a file mixing UTF-8 and GBK bytes rather than mangling either part", () => {
    const mixed = Buffer.concat([Buffer.from(SAMPLE.repeat(5), "utf8"), iconv.encode("信息化和工业化深度融合", "gbk")]);
    expect(() => decodeText(file(mixed))).toThrow(UndecodableFileError);
  });

  it("keeps traditional and simplified characters mixed in one UTF-8 text as they are (normalise-text converts them)", () => {
    const mixed = "工業和信息化部规划司：推進两化融合。";
    expect(decodeText(file(Buffer.from(mixed, "utf8"))).text).toBe(mixed);
  });
});

describe("documentIdOf", () => {
  it("uses the file stem", () => {
    expect(documentIdOf("003_c9a3d1a1ab33e0bb.txt")).toBe("doc:003_c9a3d1a1ab33e0bb");
    expect(documentIdOf("report.v2.html")).toBe("doc:report.v2");
    expect(documentIdOf("README")).toBe("doc:README");
  });
});
