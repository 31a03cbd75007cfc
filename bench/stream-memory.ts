/**
 * A big corpus through the whole CLI with bounded memory: the corpus ×1000 (5,000 files, 240 MB;
 * BENCH_STREAM_FACTOR changes the factor) ingested into an empty bench database, the Node process's
 * peak resident memory read from `/usr/bin/time -v`. Goal: < 1.5 GB.
 *
 * The copies state every fact hundreds of times, and each write of a fact rewrites its whole evidence
 * lists, so the load slows as the lists grow (measured 2026-12-06: 5,000 documents in 466 s on a quiet
 * machine, 1,684 s beside a CI run; peak RSS 1,216 MB). Evidence kept per document, not as lists on the fact, would
 * make each write cost what the document holds; see the note on the ingest-at-scale issue.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { benchNeo4j, freshBenchDatabase } from "./bench-neo4j";
import { writeScaledCorpus } from "./scale-corpus";

const ROOT = join(import.meta.dirname, "..");

export async function benchStreamMemory(corpus: string): Promise<void> {
  const factor = Number(process.env.BENCH_STREAM_FACTOR || 1000);
  if (!existsSync("/usr/bin/time")) {
    console.log("stream: skipped (/usr/bin/time is missing: apt-get install time)");
    return;
  }
  const scaled = await writeScaledCorpus(corpus, { factor });
  try {
    await freshBenchDatabase();
    const started = performance.now();
    const { code, output } = await timedIngest(scaled.dir);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`the stream ingest failed (exit ${code}):\n${output.slice(-3000)}`);
    const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
    const summary = output.split("\n").filter((line) => /^(Ingested|Neo4j )/.test(line));
    console.log(`stream ×${factor} (${scaled.files.toLocaleString("en")} files, ${(scaled.bytes / 1024 / 1024).toFixed(0)} MB) into Neo4j with the CLI: ${seconds.toFixed(0)} s; ${summary.join("; ")}`);
    console.log(`stream ×${factor} peak RSS of the Node process: ${(rssKb / 1024).toFixed(0)} MB (goal < 1536 MB, /usr/bin/time -v)`);
  } finally {
    await rm(scaled.dir, { recursive: true, force: true });
    await freshBenchDatabase();
  }
}

function timedIngest(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("/usr/bin/time", ["-v", process.execPath, "--import", "tsx", join(ROOT, "ingest", "cli.ts"), dir], {
      cwd: ROOT,
      env: benchNeo4j.env(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    // The progress bar goes to stderr with time's report: only the report is kept.
    child.stderr.on("data", (d: Buffer) => (output += d.toString().split("\n").filter((l) => !l.startsWith("ingest [")).join("\n")));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
