import { describe, expect, it } from "vitest";
import {
  buildMetricStyle,
  communityColors,
  DEFAULT_METRIC_STYLE_OPTIONS as O,
  metricColors,
  metricSizes,
  rampColor,
} from "../../../../web/src/graph/metrics/metric-style";
import { computeMetrics } from "../../../../web/src/graph/metrics/compute-metrics";
import { twoCliques } from "./fixtures";

describe("metricSizes", () => {
  it("draws the highest value largest and the lowest smallest, growing with the value", () => {
    const sizes = metricSizes({ a: 0.5, b: 0.01, c: 0.2, d: 0.2 });
    expect(sizes.get("a")).toBe(O.maxSize);
    expect(sizes.get("b")).toBe(O.minSize);
    expect(sizes.get("c")).toBe(sizes.get("d"));
    expect(sizes.get("c")).toBeGreaterThan(O.minSize);
    expect(sizes.get("c")).toBeLessThan(O.maxSize);
  });

  it("gives every node the smallest size when all values are equal", () => {
    expect([...metricSizes({ a: 1, b: 1 }).values()]).toEqual([O.minSize, O.minSize]);
  });
});

describe("rampColor and metricColors", () => {
  it("start and end on the ramp's ends, clamped outside [0, 1]", () => {
    expect(rampColor(0)).toBe(O.ramp[0]);
    expect(rampColor(1)).toBe(O.ramp[O.ramp.length - 1]);
    expect(rampColor(-3)).toBe(O.ramp[0]);
    expect(rampColor(0.5, ["#000000", "#ffffff"])).toBe("#808080");
  });

  it("colour the lowest value with the ramp's start and the highest with its end", () => {
    const colors = metricColors({ lo: 1, mid: 2, hi: 9 });
    expect(colors.get("lo")).toBe(O.ramp[0]);
    expect(colors.get("hi")).toBe(O.ramp[O.ramp.length - 1]);
    expect(colors.get("mid")).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe("communityColors", () => {
  it("gives the biggest community the palette's first colour and each community one colour", () => {
    const colors = communityColors({ a: 4, b: 4, c: 4, d: 1, e: 1, f: 2 });
    expect(colors.get("a")).toBe(O.palette[0]);
    expect(colors.get("d")).toBe(O.palette[1]);
    expect(colors.get("f")).toBe(O.palette[2]);
    expect(new Set(["a", "b", "c"].map((n) => colors.get(n))).size).toBe(1);
  });

  it("greys the communities past the palette", () => {
    const community = Object.fromEntries(Array.from({ length: O.palette.length + 2 }, (_, i) => [`n${i}`, i]));
    const colors = communityColors(community);
    expect(new Set(colors.values()).size).toBe(O.palette.length + 1);
    expect([...colors.values()]).toContain(O.otherColor);
  });
});

describe("buildMetricStyle", () => {
  const metrics = computeMetrics(twoCliques());

  it("is null for the default choice or before metrics exist", () => {
    expect(buildMetricStyle(metrics, "none", "label")).toBeNull();
    expect(buildMetricStyle(null, "pagerank", "community")).toBeNull();
  });

  it("sizes by the chosen metric and colours by community", () => {
    const style = buildMetricStyle(metrics, "betweenness", "community");
    expect(style?.sizes?.get("a0")).toBe(O.maxSize);
    expect(style?.sizes?.get("a1")).toBe(O.minSize);
    expect(new Set(style?.colors?.values()).size).toBe(2);
  });

  it("leaves what is not chosen to the data", () => {
    expect(buildMetricStyle(metrics, "none", "degree")?.sizes).toBeNull();
    expect(buildMetricStyle(metrics, "degree", "label")?.colors).toBeNull();
  });
});
