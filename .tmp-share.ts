import iconv from "iconv-lite";
import { readFileSync, readdirSync } from "node:fs";
import { Converter } from "opencc-js";
import { decodeText } from "./ingest/stages/decode-text";
let bad = 0, n = 0;
for (const f of readdirSync("corpus")) {
  const t = readFileSync(`corpus/${f}`, "utf8");
  const lines = t.split("\n").filter((l) => l.length >= 4);
  for (const enc of ["gbk", "big5"] as const) for (const line of lines) for (const len of [4, 8, 16, 40]) {
    const text = enc === "big5" ? Converter({ from: "cn", to: "hk" })(line.slice(0, len)) : line.slice(0, len);
    const bytes = iconv.encode(text, enc);
    const truth = iconv.decode(bytes, enc);
    n++;
    try { const r = decodeText({ path: f, file: f, bytes }); if (r.text !== truth) { bad++; if (bad < 10) console.log("wrong", enc, len, truth, r.encoding); } } catch (e) { if (/[^\x00-\x7f]/.test(truth)) { bad++; if (bad < 10) console.log("err", enc, len, truth, (e as Error).message); } }
  }
}
console.log(`${bad}/${n} wrong`);
