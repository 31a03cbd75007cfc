import { describe, expect, it } from "vitest";
import { pushHistory, runFailed, startRun } from "../../../../web/src/state/console/transitions";
import { INITIAL_CONSOLE } from "../../../../web/src/state/console/types";

describe("console transitions", () => {
  it("puts a query on top of the history once, bounded", () => {
    expect(pushHistory(["b", "a"], "a", 5)).toEqual(["a", "b"]);
    expect(pushHistory(["c", "b", "a"], "d", 3)).toEqual(["d", "c", "b"]);
    expect(pushHistory(["a"], "   ", 3)).toEqual(["a"]);
  });

  it("keeps the API's refusal and drops the old result", () => {
    const running = startRun(INITIAL_CONSOLE, "CREATE (n) RETURN n", 10);
    expect(running.status).toBe("loading");
    const failed = runFailed(running, { code: "read_only", message: "The console is read-only" });
    expect(failed.status).toBe("error");
    expect(failed.error?.code).toBe("read_only");
    expect(failed.result).toBeNull();
  });
});
