/** Reads and validates the gold knowledge sets (one JSON per document, see ../shared/gold/GUIDELINE.md). */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const names = z.array(z.string().min(1)).min(1);

export const goldDocumentSchema = z.object({
  doc: z.string(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  entities: z.object({
    Bureau: z.array(names).default([]),
    Ministry: z.array(names).default([]),
    Organization: z.array(names).default([]),
    Program: z.array(names).default([]),
    Person: z.array(names).default([]),
    Document: z.array(names).default([]),
  }),
  owns: z.array(z.object({ org: z.string(), program: z.string(), year: z.number().int(), evidence: z.string().optional() })).default([]),
  holds: z.array(z.object({ person: z.string(), org: z.string(), title: z.string() })).default([]),
  collaborates: z.array(z.object({ org: z.string(), partner: z.string(), year: z.number().int().nullable().optional() })).default([]),
});

export type GoldDocument = z.infer<typeof goldDocumentSchema>;

export class GoldFileError extends Error {
  override readonly name = "GoldFileError";
}

/** Parses one gold file's JSON text; `source` names it in errors. */
export function parseGoldDocument(text: string, source: string): GoldDocument {
  const result = goldDocumentSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    throw new GoldFileError(`eval: gold "${source}": ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return result.data;
}

/** Every `*.json` gold file of a folder, in name order (`genres.json`, the genre list, is not one). */
export function loadGold(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "genres.json")
    .sort()
    .map((f) => parseGoldDocument(readFileSync(join(dir, f), "utf8"), f));
}
