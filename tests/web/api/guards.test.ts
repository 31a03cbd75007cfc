import { describe, expect, it } from "vitest";
import { readApiError } from "../../../web/src/api/errors";
import { asApiGraph, asExamples, asPaths } from "../../../web/src/api/guards";

describe("asApiGraph", () => {
  it("drops nodes of unknown labels and edges of unknown types", () => {
    const g = asApiGraph({
      nodes: [
        { key: "a", attributes: { label: "Bureau", name: "规划司", aliases: [], properties: {} } },
        { key: "x", attributes: { label: "Alien", name: "?", aliases: [], properties: {} } },
      ],
      edges: [
        { key: "e1", source: "a", target: "a", attributes: { type: "OWNS", properties: {} } },
        { key: "e2", source: "a", target: "a", attributes: { type: "LIKES", properties: {} } },
      ],
    });
    expect(g.nodes.map((n) => n.key)).toEqual(["a"]);
    expect(g.edges.map((e) => e.key)).toEqual(["e1"]);
  });

  it("refuses a body that is not a graph", () => {
    expect(() => asApiGraph({ nodes: "no" })).toThrow();
  });
});

describe("asExamples", () => {
  it("reads the {examples:[{name,title,query}]} shape", () => {
    expect(asExamples({ examples: [{ name: "01", title: "T", query: "MATCH (n) RETURN n" }] })).toEqual([
      { title: "T", query: "MATCH (n) RETURN n", description: undefined },
    ]);
  });
});

describe("readApiError", () => {
  it("reads {error:{code,message}} and nothing else", () => {
    expect(readApiError({ error: { code: "read_only", message: "no writes" } })).toEqual({ code: "read_only", message: "no writes" });
    expect(readApiError({ message: "x" })).toBeUndefined();
  });
});

describe("asPaths", () => {
  const step = { from: "a", to: "b", type: "OWNS", direction: "forward", years: [2016], relationships: ["r"], evidence: [] };
  it("keeps paths with their steps and drops nodes of unknown labels", () => {
    const r = asPaths({ from: "a", to: "b", max: 6, truncated: false, graph: { nodes: [], edges: [] }, paths: [{ nodes: [{ id: "a", name: "甲", label: "Bureau" }, { id: "x", name: "?", label: "Alien" }], steps: [step] }] });
    expect(r.paths[0]?.nodes.map((n) => n.id)).toEqual(["a"]);
    expect(r.paths[0]?.steps).toHaveLength(1);
  });

  it("refuses an answer without paths or with a step lacking its relationships", () => {
    expect(() => asPaths({ from: "a", to: "b", max: 6 })).toThrow();
    expect(() => asPaths({ from: "a", to: "b", max: 6, paths: [{ nodes: [], steps: [{ ...step, relationships: undefined }] }] })).toThrow();
  });
});
