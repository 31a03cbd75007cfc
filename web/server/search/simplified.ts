/**
 * Search queries in simplified characters: names are stored simplified (ingest converts documents), so
 * 規劃司 must find 规划司. OpenCC's Hong Kong variant, as in ingest: it leaves simplified text untouched.
 */
import { Converter } from "opencc-js";

let toCn: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  toCn ??= Converter({ from: "hk", to: "cn" });
  return toCn(text);
}
