/**
 * The load driver of `bench:api`: `clients` concurrent clients, each with its own keep-alive connection and
 * its own loopback address (127.0.0.x, so the server's per-client limits see 50 clients, not one), sending
 * requests back to back for `seconds`. Every answer is read to its end; a non-2xx status or a failed request
 * is an error (its time not counted as a latency).
 */
import { Agent, request } from "node:http";

export interface BenchRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

export interface DriveOptions {
  clients: number;
  seconds: number;
  /** Whether each client binds its own 127.0.0.x (Linux routes all of 127/8 to loopback). */
  ownAddresses: boolean;
}

export interface DriveResult {
  latenciesMs: number[];
  errors: number;
  seconds: number;
  /** The first few error descriptions, to say what failed. */
  samples: string[];
}

/** Headers a browser sends: the overview is compressed for it, as for the page. */
const HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "application/json" };

function send(agent: Agent, base: URL, req: BenchRequest, localAddress: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...HEADERS };
    if (req.body !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = Buffer.byteLength(req.body);
      headers.origin = base.origin;
    }
    const r = request({ agent, host: base.hostname, port: base.port, method: req.method, path: req.path, headers, ...(localAddress ? { localAddress } : {}) }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    r.on("error", reject);
    r.end(req.body);
  });
}

/** Drives `next()`'s requests against `base` and returns every latency and the error count. */
export async function drive(base: URL, next: (client: number) => BenchRequest, options: DriveOptions): Promise<DriveResult> {
  const latenciesMs: number[] = [];
  const samples: string[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (index: number) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const localAddress = options.ownAddresses ? `127.0.0.${10 + index}` : undefined;
    try {
      while (performance.now() < deadline) {
        const req = next(index);
        const t0 = performance.now();
        try {
          const status = await send(agent, base, req, localAddress);
          if (status >= 200 && status < 300) latenciesMs.push(performance.now() - t0);
          else {
            errors++;
            if (samples.length < 5) samples.push(`${status} ${req.method} ${req.path}`);
          }
        } catch (error) {
          errors++;
          if (samples.length < 5) samples.push(`${error instanceof Error ? error.message : String(error)} ${req.method} ${req.path}`);
        }
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  return { latenciesMs, errors, seconds: (performance.now() - started) / 1000, samples };
}

/** One request on its own connection: the status (the first search builds the name index, the first overview computes it). */
export async function sendOnce(base: URL, req: BenchRequest): Promise<number> {
  const agent = new Agent({ keepAlive: false });
  try {
    return await send(agent, base, req, undefined);
  } finally {
    agent.destroy();
  }
}

/** Whether this machine lets a client bind 127.0.0.2 (Linux does; macOS has only 127.0.0.1 unless aliased). */
export async function canBindLoopbackAliases(base: URL): Promise<boolean> {
  const agent = new Agent({ keepAlive: false });
  try {
    await send(agent, base, { method: "GET", path: "/api/health" }, "127.0.0.2");
    return true;
  } catch {
    return false;
  } finally {
    agent.destroy();
  }
}
