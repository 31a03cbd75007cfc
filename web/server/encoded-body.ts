/**
 * A JSON answer serialised once and compressed at most once per encoding, to be sent many times from a cache:
 * @fastify/compress would compress a multi-megabyte overview again for every client.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** The quality @fastify/compress uses: most of brotli's gain at a fraction of its highest setting's time. */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

export type ContentEncoding = "br" | "gzip";

export class EncodedBody {
  readonly json: Buffer;
  private readonly compressed = new Map<ContentEncoding, Promise<Buffer>>();

  constructor(value: unknown) {
    this.json = Buffer.from(JSON.stringify(value));
  }

  /** Bytes held: the JSON and its compressed forms (about a tenth each). */
  get size(): number {
    return this.json.length * (1 + 0.1 * this.compressed.size);
  }

  encoded(encoding: ContentEncoding): Promise<Buffer> {
    let body = this.compressed.get(encoding);
    if (body === undefined) {
      body = encoding === "br" ? brotli(this.json, BROTLI_OPTIONS) : gzipped(this.json);
      this.compressed.set(encoding, body);
    }
    return body;
  }
}

/** The encoding to answer in: brotli, else gzip, when the request accepts it (q=0 refuses), else none. */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  const accepted = new Set(
    (acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase().split(";"))
      .filter(([, q]) => q === undefined || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return undefined;
}

/** Sends the body as JSON, compressed when the client accepts it (@fastify/compress leaves an encoded answer alone). */
export async function sendEncoded(request: FastifyRequest, reply: FastifyReply, body: EncodedBody): Promise<FastifyReply> {
  const encoding = preferredEncoding(request.headers["accept-encoding"]);
  reply.type("application/json; charset=utf-8").header("vary", "accept-encoding");
  if (encoding === undefined) return reply.send(body.json);
  return reply.header("content-encoding", encoding).send(await body.encoded(encoding));
}
