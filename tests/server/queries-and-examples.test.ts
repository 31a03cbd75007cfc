import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../cypher/model";
import { loadQuery } from "../../cypher/queries";
import { READ_QUERY_NAMES } from "../../cypher/read-queries";
import { checkStatementText } from "../../web/server/console/guard";
import { EXAMPLES_DIR, loadExamples, parseExample } from "../../web/server/examples";

const queryDir = fileURLToPath(new URL("../../cypher/queries/", import.meta.url));

describe("READ_QUERY_NAMES", () => {
  it("names a file for every read query, and every name is <verb>-<noun>", () => {
    const files = new Set(readdirSync(queryDir).map((f) => f.replace(/\.cypher$/, "")));
    for (const name of READ_QUERY_NAMES) {
      expect(files.has(name), name).toBe(true);
      expect(name).toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });

  it("counts exactly the model's labels and relationship types", () => {
    const labels = [...loadQuery("count-nodes-by-label").matchAll(/MATCH \(n:(\w+)\)/g)].map((m) => m[1]);
    const types = [...loadQuery("count-relationships-by-type").matchAll(/\[r:(\w+)\]/g)].map((m) => m[1]);
    expect(labels).toEqual([...NODE_LABELS]);
    expect(types).toEqual([...RELATIONSHIP_TYPES]);
  });
});

describe("parseExample", () => {
  it("takes the title line out of the query", () => {
    expect(parseExample("x", "// title: 标题 · Title\nMATCH (n)\nRETURN n\n")).toEqual({ name: "x", title: "标题 · Title", query: "MATCH (n)\nRETURN n" });
  });
});

describe("cypher/examples", () => {
  it("has 8 to 16 examples, each titled in Chinese and English and accepted by the console's text checks", async () => {
    const examples = await loadExamples(EXAMPLES_DIR);
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.length).toBeLessThanOrEqual(16);
    for (const example of examples) {
      expect(readFileSync(`${EXAMPLES_DIR}${example.name}.cypher`, "utf8")).toMatch(/^\/\/ title: /);
      expect(example.title).toMatch(/\p{Script=Han}.*·.*[A-Za-z]/u);
      expect(() => checkStatementText(example.query)).not.toThrow();
    }
  });
});
