/** Writes a scaled copy of the corpus (default ×100) for the ingest benchmark: each copy shifts the years and renames the file. */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";

export interface ScaleCorpusOptions {
  factor: number;
  /** Folder to write into; a new temporary folder when omitted. */
  outDir: string | undefined;
  /** Years shift by copy index modulo this, so that copies state facts for other years without leaving a plausible range. */
  yearCycle: number;
}

export const DEFAULT_SCALE_CORPUS_OPTIONS: ScaleCorpusOptions = { factor: 100, outDir: undefined, yearCycle: 20 };

export interface ScaledCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/** Shifts every year 1990–2039 written as 4 digits (2017年, 2011-2015) by `shift`. */
export function shiftYears(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(/(?<!\d)(199\d|20[0-3]\d)(?!\d)/g, (year) => String(Number(year) + shift));
}

/**
 * Writes `factor` variants of each document of `corpusDir`: copy i is named `<stem>_x<i>.<ext>` and
 * has its years shifted by i mod yearCycle (copy 0 also gets a new name, so it never replaces the original).
 */
export async function writeScaledCorpus(corpusDir: string, options: Partial<ScaleCorpusOptions> = {}): Promise<ScaledCorpus> {
  const { factor, outDir, yearCycle } = { ...DEFAULT_SCALE_CORPUS_OPTIONS, ...options };
  const dir = outDir ?? (await mkdtemp(join(tmpdir(), "miit-corpus-x")));
  await mkdir(dir, { recursive: true });
  const names = (await readdir(corpusDir)).filter((name) => [".txt", ".md", ".html", ".htm"].includes(extname(name))).sort();
  let files = 0;
  let bytes = 0;
  for (const name of names) {
    const text = await readFile(join(corpusDir, name), "utf8");
    const ext = extname(name);
    const stem = name.slice(0, -ext.length);
    for (let i = 0; i < factor; i++) {
      const variant = shiftYears(text, i % yearCycle);
      const data = Buffer.from(variant, "utf8");
      await writeFile(join(dir, `${stem}_x${String(i).padStart(3, "0")}${ext}`), data);
      files++;
      bytes += data.length;
    }
  }
  return { dir, files, bytes };
}
