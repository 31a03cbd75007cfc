import { describe, expect, it } from "vitest";
import { createCanvasGraph, type CanvasGraph } from "../../../web/src/graph/graph-instance";
import { layoutKey, restoreLayout, saveLayout, type LayoutStorage } from "../../../web/src/graph/layout-cache";

function memoryStorage(): LayoutStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

function graph(ids: string[]): CanvasGraph {
  const g = createCanvasGraph();
  ids.forEach((id, i) => g.addNode(id, { x: i, y: -i, size: 4, color: "#000", label: id, entity: "Program", name: id, aliases: [], properties: {} }));
  return g;
}

describe("layout cache", () => {
  it("gives the same graph its stored positions back, and another graph none", () => {
    const storage = memoryStorage();
    const laidOut = graph(["a", "b", "c"]);
    laidOut.setNodeAttribute("b", "x", 42.123);
    saveLayout(laidOut, storage);
    const again = graph(["a", "b", "c"]);
    expect(restoreLayout(again, storage)).toBe(true);
    expect(again.getNodeAttribute("b", "x")).toBe(42.12);
    expect(again.getNodeAttribute("c", "y")).toBe(-2);
    const other = graph(["a", "b", "d"]);
    expect(layoutKey(other)).not.toBe(layoutKey(laidOut));
    expect(restoreLayout(other, storage)).toBe(false);
    expect(other.getNodeAttribute("d", "x")).toBe(2);
  });

  it("keeps nothing when the storage refuses the layout (over its quota)", () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    saveLayout(graph(["a"]), storage);
    expect(restoreLayout(graph(["a"]), storage)).toBe(false);
  });
});
