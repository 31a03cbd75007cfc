import { afterEach, describe, expect, it, vi } from "vitest";
import { consoleStore, runQuery } from "../../../../web/src/state/console/store";

/** A fetch whose answers the test releases by hand, one per request, recording each request's abort signal. */
function manualFetch() {
  const calls: { query: string; signal: AbortSignal | undefined; answer: (rows: unknown[][]) => void }[] = [];
  const fetchStub = vi.fn((_url: string, init?: RequestInit) => {
    const query = (JSON.parse(String(init?.body)) as { query: string }).query;
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      calls.push({
        query,
        signal: init?.signal ?? undefined,
        answer: (rows) => resolve(new Response(JSON.stringify({ columns: ["q"], rows, truncated: false, elapsedMs: 1 }), { status: 200, headers: { "content-type": "application/json" } })),
      });
    });
  });
  return { calls, fetchStub };
}

afterEach(() => vi.unstubAllGlobals());

describe("runQuery", () => {
  it("lets a new query replace one still running, and shows only the new one's result", async () => {
    const { calls, fetchStub } = manualFetch();
    vi.stubGlobal("fetch", fetchStub);
    vi.stubGlobal("localStorage", { setItem: () => undefined, getItem: () => null });
    const slow = runQuery("MATCH (a)-[*1..6]-(b) RETURN count(*)");
    const quick = runQuery("RETURN 1 AS q");
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]?.signal?.aborted).toBe(true);
    calls[1]?.answer([[1]]);
    await Promise.all([slow, quick]);
    const state = consoleStore.get();
    expect(state.status).toBe("idle");
    expect(state.lastQuery).toBe("RETURN 1 AS q");
    expect(state.result?.rows).toEqual([[1]]);
    expect(state.error).toBeNull();
  });
});
