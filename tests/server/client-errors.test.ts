import { describe, expect, it } from "vitest";
import { clientErrorAnswer, rawErrorResponse } from "../../web/server/client-errors";
import { nestsDeeperThan } from "../../web/server/json";

describe("answers to requests the HTTP parser rejects", () => {
  it("says 431 for a URL or headers over the limit and names what to shorten", () => {
    expect(clientErrorAnswer("HPE_HEADER_OVERFLOW")).toMatchObject({ status: 431, message: expect.stringMatching(/query string/) });
    expect(clientErrorAnswer("ERR_HTTP_REQUEST_TIMEOUT").status).toBe(408);
    expect(clientErrorAnswer("HPE_INVALID_CHUNK_SIZE")).toMatchObject({ status: 400, message: expect.stringContaining("HPE_INVALID_CHUNK_SIZE") });
  });

  it("writes a complete HTTP answer in the API's error shape, with the security headers", () => {
    const raw = rawErrorResponse(431, "too long “长”");
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toMatch(/\r\nx-content-type-options: nosniff/);
    expect(head).toMatch(/\r\ncontent-security-policy: [^\r]*frame-ancestors 'none'/);
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body ?? "")}`);
    expect(JSON.parse(body ?? "")).toEqual({ error: { code: "invalid_request", message: "too long “长”" } });
  });
});

describe("nestsDeeperThan", () => {
  it("counts lists and maps, not scalars, and survives 100,000 levels", () => {
    expect(nestsDeeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
    expect(nestsDeeperThan("text", 0)).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestsDeeperThan(deep, 32)).toBe(true);
  });
});
