/**
 * One big document: extraction time of unique text of 1, 2, 4 and 8 MB (the bundled corpus and dev
 * set, each copy with shifted years and every line made unique), and how the time grows with the
 * size. Linear extraction gives a ratio near 8 for 8× the text; the goal is at most 10.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractPaths } from "../ingest/pipeline";
import { shiftYears } from "./scale-corpus";

const SIZES_MB = [1, 2, 4, 8];
const SOURCES = [join(import.meta.dirname, "..", "corpus"), join(import.meta.dirname, "..", "dev-set", "corpus")];

/** Unique text of about `mb` megabytes: copies differ by year shift and by a counter on each line. */
export async function uniqueText(mb: number): Promise<string> {
  const texts: string[] = [];
  for (const dir of SOURCES) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) texts.push(await readFile(join(dir, name), "utf8"));
  }
  const parts: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < mb * 1024 * 1024; copy++) {
    const text = shiftYears(texts[copy % texts.length] ?? "", copy % 20);
    const part = text.split("\n").map((line, i) => (line.trim() ? `${line}（${copy}-${i}）` : line)).join("\n") + "\n\n";
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  return parts.join("");
}

export async function benchBigDocument(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "miit-big-document-"));
  try {
    const seconds: number[] = [];
    for (const mb of SIZES_MB) {
      const file = join(dir, `big-${mb}mb.txt`);
      await writeFile(file, await uniqueText(mb));
      const started = performance.now();
      const result = await extractPaths([file], { maxSize: 100 * 1024 * 1024, workers: 1 });
      seconds.push((performance.now() - started) / 1000);
      const chars = result.documents.reduce((sum, d) => sum + d.chars, 0);
      console.log(`extract one document of ${mb} MB: ${chars.toLocaleString("en")} chars in ${seconds.at(-1)?.toFixed(2)} s`);
    }
    const first = seconds[0] ?? 1;
    const last = seconds.at(-1) ?? 1;
    console.log(`extract one document: ${SIZES_MB.at(-1)}× the text took ${(last / first).toFixed(1)}× the time (goal ≤ 10)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

