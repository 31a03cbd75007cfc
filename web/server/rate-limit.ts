/** Requests per client to the API: a fixed window per client address, answered 429 past its budget. */
import type { FastifyInstance } from "fastify";
import type { ApiError } from "../shared/api-types";

const WINDOW_MS = 60_000;
/** Clients remembered at most; the oldest windows are dropped first, so memory stays bounded. */
const MAX_CLIENTS = 10_000;

interface Window {
  started: number;
  count: number;
}

/** Counts a client's request and tells whether it is within `limit` per minute. Exported for tests. */
export class ClientWindows {
  private readonly windows = new Map<string, Window>();
  constructor(private readonly limit: number, private readonly now: () => number = Date.now) {}

  /** Seconds until the client may ask again, or 0 when this request is within its budget. */
  take(client: string): number {
    const now = this.now();
    const window = this.windows.get(client);
    if (window === undefined || now - window.started >= WINDOW_MS) {
      this.windows.delete(client);
      if (this.windows.size >= MAX_CLIENTS) this.windows.delete(this.windows.keys().next().value as string);
      this.windows.set(client, { started: now, count: 1 });
      return 0;
    }
    window.count += 1;
    return window.count <= this.limit ? 0 : Math.ceil((window.started + WINDOW_MS - now) / 1000);
  }
}

/** Limits /api/* to `perMinute` requests per client address; the app's static files are not counted. */
export function registerRateLimit(app: FastifyInstance, perMinute: number): void {
  const windows = new ClientWindows(perMinute);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    const wait = windows.take(request.ip);
    if (wait === 0) return;
    const body: ApiError = { error: { code: "too_many_requests", message: `More than ${perMinute} API requests in a minute from this client; try again in ${wait} s.` } };
    return reply.code(429).header("retry-after", String(wait)).type("application/json; charset=utf-8").send(body);
  });
}
