import { describe, expect, it } from "vitest";
import type { NodeMetrics } from "../../../../web/src/graph/metrics/types";
import { computed, computeFailed, computing, hasOrAwaits } from "../../../../web/src/state/metrics/transitions";
import { INITIAL_METRICS } from "../../../../web/src/state/metrics/types";

const metrics = (n: number): NodeMetrics => ({ degree: {}, pagerank: {}, betweenness: {}, community: {}, communityCount: 0, betweennessSources: n, nodeCount: n, ms: 1 });

describe("metrics transitions", () => {
  it("keep the answer for the version asked for last and drop an older one", () => {
    let s = computing(INITIAL_METRICS, 1);
    s = computing(s, 2);
    expect(computed(s, 1, metrics(1))).toBe(s);
    s = computed(s, 2, metrics(2));
    expect(s).toMatchObject({ status: "idle", version: 2, computing: null });
    expect(s.metrics?.nodeCount).toBe(2);
  });

  it("know when metrics are there or coming, and ask again for a new graph version", () => {
    expect(hasOrAwaits(INITIAL_METRICS, 1)).toBe(false);
    const asked = computing(INITIAL_METRICS, 1);
    expect(hasOrAwaits(asked, 1)).toBe(true);
    const done = computed(asked, 1, metrics(3));
    expect(hasOrAwaits(done, 1)).toBe(true);
    expect(hasOrAwaits(done, 2)).toBe(false);
  });

  it("record a failure of the current request only, so that the next request retries", () => {
    const s = computeFailed(computing(INITIAL_METRICS, 4), 4, "boom");
    expect(s).toMatchObject({ status: "error", error: "boom", computing: null });
    expect(hasOrAwaits(s, 4)).toBe(false);
    expect(computeFailed(computing(INITIAL_METRICS, 5), 4, "late")).toMatchObject({ status: "loading" });
  });
});
