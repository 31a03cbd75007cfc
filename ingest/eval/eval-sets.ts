/** The evaluation sets the project ships (gold beside its corpus) and the genre of each of their documents. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DOCUMENT_KINDS, type DocumentKind } from "../../cypher/model";

export interface EvalSet {
  name: string;
  goldDir: string;
  corpusDir: string;
}

/** What `npm run eval` scores with no folders given: the bundled corpus and the real-text dev set. */
export const DEFAULT_EVAL_SETS: readonly EvalSet[] = [
  { name: "corpus", goldDir: "gold", corpusDir: "corpus" },
  { name: "dev-set", goldDir: "dev-set/gold", corpusDir: "dev-set/corpus" },
];

const genresSchema = z.object({ kinds: z.record(z.string(), z.enum(DOCUMENT_KINDS)) });

/** `genres.json` beside the gold files: document file → its genre; none → every document counts as "other". */
export function loadGenres(goldDir: string): Map<string, DocumentKind> {
  const path = join(goldDir, "genres.json");
  if (!existsSync(path)) return new Map();
  return new Map(Object.entries(genresSchema.parse(JSON.parse(readFileSync(path, "utf8"))).kinds));
}
