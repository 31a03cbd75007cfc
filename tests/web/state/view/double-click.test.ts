import { describe, expect, it } from "vitest";
import { createDoubleClickTracker } from "../../../../web/src/state/view/double-click";

describe("double-click tracker", () => {
  const timeout = () => 300;

  it("gives a double-click to the node clicked first when the second click lands elsewhere", () => {
    const tracker = createDoubleClickTracker(timeout);
    tracker.click("bureau:科技司", 1000);
    expect(tracker.doubleClick("program:两化融合管理体系", 1180)).toBe("bureau:科技司");
  });

  it("gives it to the first node when the second click lands on the stage", () => {
    const tracker = createDoubleClickTracker(timeout);
    tracker.click("bureau:科技司", 1000);
    expect(tracker.doubleClick(null, 1200)).toBe("bureau:科技司");
  });

  it("leaves a stage double-click alone (a zoom) without a recent node click, and forgets a used click", () => {
    const tracker = createDoubleClickTracker(timeout);
    expect(tracker.doubleClick(null, 50)).toBeNull();
    tracker.click("bureau:规划司", 1000);
    expect(tracker.doubleClick(null, 1500)).toBeNull();
    tracker.click("bureau:规划司", 2000);
    expect(tracker.doubleClick("bureau:规划司", 2100)).toBe("bureau:规划司");
    expect(tracker.doubleClick(null, 2150)).toBeNull();
  });
});
