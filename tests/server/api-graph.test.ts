import { describe, expect, it } from "vitest";
import { toApiGraph } from "../../web/server/graph/api-graph";

describe("toApiGraph", () => {
  it("serialises nodes and edges in graphology's format with the model label and year", () => {
    const graph = toApiGraph(
      [
        { key: "bureau:规划司", labels: ["Entity", "Bureau"], properties: { id: "bureau:规划司", name: "规划司", aliases: ["综合规划司"], nameEn: "Department of Planning", kind: "department" } },
        { key: "program:工业强基工程", labels: ["Program"], properties: { id: "program:工业强基工程", name: "工业强基工程", aliases: [] } },
      ],
      [{ key: "5:x:1", type: "OWNS", source: "bureau:规划司", target: "program:工业强基工程", properties: { year: 2017, count: 2 } }],
    );
    expect(graph.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
    expect(graph.nodes[0]).toEqual({
      key: "bureau:规划司",
      attributes: { label: "Bureau", name: "规划司", nameEn: "Department of Planning", aliases: ["综合规划司"], properties: { kind: "department" } },
    });
    expect(graph.edges).toEqual([
      { key: "5:x:1", source: "bureau:规划司", target: "program:工业强基工程", attributes: { type: "OWNS", year: 2017, properties: { count: 2 } } },
    ]);
  });

  it("drops nodes without a model label, duplicate keys, and edges whose ends are missing", () => {
    const graph = toApiGraph(
      [
        { key: "a", labels: ["Bureau"], properties: { name: "A" } },
        { key: "a", labels: ["Bureau"], properties: { name: "A again" } },
        { key: "x", labels: ["Alien"], properties: {} },
      ],
      [
        { key: "e1", type: "PART_OF", source: "a", target: "x", properties: {} },
        { key: "e2", type: "KNOWS", source: "a", target: "a", properties: {} },
        { key: "e3", type: "PART_OF", source: "a", target: "a", properties: {} },
      ],
    );
    expect(graph.nodes.map((n) => n.attributes.name)).toEqual(["A"]);
    expect(graph.edges.map((e) => e.key)).toEqual(["e3"]);
  });
});
