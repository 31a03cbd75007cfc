import { describe, expect, it } from "vitest";
import { StampCache } from "../../web/server/stamp-cache";
import { preferredEncoding } from "../../web/server/encoded-body";

const counting = () => {
  let calls = 0;
  return { compute: async () => `value ${++calls}`, calls: () => calls };
};

describe("StampCache", () => {
  it("computes a key once while the stamp holds, and again once it changes", async () => {
    const cache = new StampCache<string>({ maxEntries: 10, maxBytes: 1000 }, (v) => v.length);
    const c = counting();
    expect(await cache.get("s1", "k", c.compute)).toBe("value 1");
    expect(await cache.get("s1", "k", c.compute)).toBe("value 1");
    expect(await cache.get("s2", "k", c.compute)).toBe("value 2");
    expect(c.calls()).toBe(2);
  });

  it("shares one computation between concurrent callers", async () => {
    const cache = new StampCache<string>({ maxEntries: 10, maxBytes: 1000 }, (v) => v.length);
    const c = counting();
    const answers = await Promise.all([cache.get("s", "k", c.compute), cache.get("s", "k", c.compute)]);
    expect(answers).toEqual(["value 1", "value 1"]);
    expect(c.calls()).toBe(1);
  });

  it("keeps nothing without a stamp, nor a failed computation", async () => {
    const cache = new StampCache<string>({ maxEntries: 10, maxBytes: 1000 }, (v) => v.length);
    const c = counting();
    await cache.get(undefined, "k", c.compute);
    await cache.get(undefined, "k", c.compute);
    expect(c.calls()).toBe(2);
    await expect(cache.get("s", "bad", () => Promise.reject(new Error("down")))).rejects.toThrow(Error);
    expect(await cache.get("s", "bad", c.compute)).toBe("value 3");
  });

  it("drops the least recently used entries beyond its bounds", async () => {
    const cache = new StampCache<string>({ maxEntries: 2, maxBytes: 1000 }, (v) => v.length);
    const c = counting();
    await cache.get("s", "a", c.compute);
    await cache.get("s", "b", c.compute);
    await cache.get("s", "a", c.compute);
    await cache.get("s", "c", c.compute);
    await cache.get("s", "a", c.compute);
    expect(c.calls()).toBe(3);
    await cache.get("s", "b", c.compute);
    expect(c.calls()).toBe(4);
  });
});

describe("preferredEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(preferredEncoding("gzip, deflate, br")).toBe("br");
    expect(preferredEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(preferredEncoding("identity")).toBeUndefined();
    expect(preferredEncoding(undefined)).toBeUndefined();
  });
});
