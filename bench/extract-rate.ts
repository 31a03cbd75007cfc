/**
 * Extraction throughput of the CLI as a whole process (`npm run ingest -- --no-db`, every core) on a
 * scaled corpus, against raw @node-rs/jieba segmentation of the same texts in this process: the
 * bar is what a tokenizer alone does with the text, the goal ≥ 0.5.
 */
import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

const ROOT = join(import.meta.dirname, "..");

export interface ExtractRate {
  chars: number;
  cliSeconds: number;
  jiebaSeconds: number;
}

/** Characters/s of `npm run ingest -- --no-db <dir>` (best of two runs) and of jieba.cut over the same files. */
export async function benchExtractRate(dir: string, label: string): Promise<ExtractRate> {
  const texts = await Promise.all((await readdir(dir)).sort().map((name) => readFile(join(dir, name), "utf8")));
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  const jieba = Jieba.withDict(dict);
  jieba.cut(texts[0] ?? "", false); // warm-up
  let started = performance.now();
  for (const text of texts) jieba.cut(text, false);
  const jiebaSeconds = (performance.now() - started) / 1000;
  let cliSeconds = Infinity;
  let output = "";
  for (let run = 0; run < 2; run++) {
    started = performance.now();
    const cli = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "ingest", "cli.ts"), "--no-db", dir], { cwd: ROOT, encoding: "utf8" });
    if (cli.status !== 0) throw new Error(`ingest --no-db failed (exit ${cli.status}):\n${cli.stderr}`);
    cliSeconds = Math.min(cliSeconds, (performance.now() - started) / 1000);
    output = cli.stdout;
  }
  const rate = chars / cliSeconds;
  const raw = chars / jiebaSeconds;
  console.log(`extract ${label} with the CLI (--no-db, whole process, best of 2): ${chars.toLocaleString("en")} chars in ${cliSeconds.toFixed(2)} s → ${Math.round(rate).toLocaleString("en")} chars/s (${output.split("\n")[0]})`);
  console.log(`raw @node-rs/jieba cut of the same text: ${jiebaSeconds.toFixed(2)} s → ${Math.round(raw).toLocaleString("en")} chars/s`);
  console.log(`extraction chars/s ÷ raw jieba: ${(rate / raw).toFixed(2)} (goal ≥ 0.5)`);
  return { chars, cliSeconds, jiebaSeconds };
}
