/** A raw HTTP/1.1 exchange over a socket: sends bytes exactly as given (malformed ones too) and reads the answer. */
import net from "node:net";

export interface RawAnswer {
  /** 0 when no status line arrived (the connection was reset or timed out first). */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The socket error that ended the exchange, if any (e.g. ECONNRESET). */
  failure: string | undefined;
}

/** Parses what the server sent; a missing status line gives status 0. */
export function parseRawAnswer(raw: Buffer, failure: string | undefined): RawAnswer {
  const text = raw.toString("utf8");
  const split = text.indexOf("\r\n\r\n");
  const head = split < 0 ? text : text.slice(0, split);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: status ? Number(status) : 0, headers, body: split < 0 ? "" : text.slice(split + 4), failure };
}

/**
 * Writes `request` to 127.0.0.1:port and collects the answer until the server closes. Like a browser,
 * it keeps writing a large body while the answer may already be on its way.
 */
export function rawExchange(port: number, request: string | Buffer, timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let failure: string | undefined;
    const timer = setTimeout(() => {
      failure = "timeout";
      socket.destroy();
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      failure ??= error.code ?? error.message;
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(parseRawAnswer(Buffer.concat(chunks), failure));
    });
    socket.on("connect", () => {
      socket.write(request);
    });
  });
}

/** A well-formed request with the given method, target, headers and body (Host defaults to 127.0.0.1). */
export function httpRequest(method: string, target: string, options: { headers?: Record<string, string>; body?: string } = {}): string {
  const headers: Record<string, string> = { Host: "127.0.0.1", Connection: "close", ...options.headers };
  if (options.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length")) {
    headers["Content-Length"] = String(Buffer.byteLength(options.body));
  }
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${method} ${target} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n${options.body ?? ""}`;
}
