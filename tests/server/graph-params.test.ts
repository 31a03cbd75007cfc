import { describe, expect, it } from "vitest";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../cypher/model";
import { InvalidRequestError } from "../../web/server/errors";
import { parseInput } from "../../web/server/routes/context";
import { graphQuerySchema } from "../../web/server/routes/graph-params";

const parse = (query: Record<string, unknown>) => parseInput(graphQuerySchema, query, "graph filter");

describe("graphQuerySchema", () => {
  it("defaults to every label, every type and no year bounds", () => {
    expect(parse({})).toEqual({ from: null, to: null, labels: [...NODE_LABELS], types: [...RELATIONSHIP_TYPES], nodeBudget: null });
  });

  it("parses years and comma-separated or repeated lists, dropping duplicates", () => {
    expect(parse({ from: "2013", to: "2017", labels: "Bureau,Program", types: ["OWNS", "OWNS,PART_OF"], nodeBudget: "10000" })).toEqual({
      from: 2013,
      to: 2017,
      labels: ["Bureau", "Program"],
      types: ["OWNS", "PART_OF"],
      nodeBudget: 10_000,
    });
  });

  it.each([
    [{ nodeBudget: "5" }],
    [{ nodeBudget: "many" }],
    [{ from: "1948" }],
    [{ to: "2101" }],
    [{ from: "2016.5" }],
    [{ from: "abc" }],
    [{ from: "2018", to: "2017" }],
    [{ labels: "Bureau,Alien" }],
    [{ labels: "bureau" }],
    [{ types: "KNOWS" }],
  ])("refuses %j with InvalidRequestError", (query) => {
    expect(() => parse(query)).toThrow(InvalidRequestError);
  });

  it("names the allowed labels in its message", () => {
    expect(() => parse({ labels: "Alien" })).toThrow(/Ministry, Bureau/);
  });
});
