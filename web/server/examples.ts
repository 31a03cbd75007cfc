/** The console's cookbook: cypher/examples/*.cypher, each opening with a `// title: …` line. */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ExamplesResponse } from "../shared/api-types";

export type Example = ExamplesResponse["examples"][number];

export const EXAMPLES_DIR = fileURLToPath(new URL("../../cypher/examples/", import.meta.url));

/** Splits an example file into its title (first `// title:` line) and the query (the rest, trimmed). */
export function parseExample(name: string, text: string): Example {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const titleIndex = lines.findIndex((line) => /^\s*\/\/\s*title:/i.test(line));
  const title = titleIndex < 0 ? name : (lines[titleIndex] ?? "").replace(/^\s*\/\/\s*title:\s*/i, "").trim();
  const query = lines
    .filter((_, i) => i !== titleIndex)
    .join("\n")
    .trim();
  return { name, title, query };
}

/** Reads every example, ordered by file name (the files are numbered). */
export async function loadExamples(dir: string = EXAMPLES_DIR): Promise<Example[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  return Promise.all(files.map(async (f) => parseExample(f.replace(/\.cypher$/, ""), await readFile(`${dir}${f}`, "utf8"))));
}
