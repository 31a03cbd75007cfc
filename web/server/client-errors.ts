/**
 * Answers for requests Node's HTTP parser rejects before Fastify sees them (a URL or headers over
 * 16 KB, a malformed request line, a slow client) and for URLs the router cannot decode: in the API's
 * error shape, with the security headers, and closed so that the client can still read the answer.
 */
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { ApiError } from "../shared/api-types";
import { SECURITY_HEADERS } from "./http-security";

/** How long a rejected connection keeps reading what the client still sends before it is closed. */
const LINGER_MS = 2_000;

interface ParserError extends Error {
  code?: string;
}

/** The status and message for a parser error, in words that say what to change. */
export function clientErrorAnswer(code: string | undefined): { status: number; message: string } {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        message: "The request's URL or headers are larger than the server accepts (16 KB): shorten the query string, e.g. a shorter search term or fewer filters.",
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
    case "ERR_HTTP_HEADERS_TIMEOUT":
      return { status: 408, message: "The request did not arrive in time; send it again." };
    case "HPE_INVALID_METHOD":
      return { status: 400, message: "The request's method is not one HTTP knows; the API answers GET and POST." };
    default:
      return { status: 400, message: `The request is not well-formed HTTP (${code ?? "parse error"}); send it again from a browser, curl or fetch.` };
  }
}

/** The raw HTTP answer written straight to the socket (no Fastify request exists yet). */
export function rawErrorResponse(status: number, message: string): string {
  const body = JSON.stringify({ error: { code: "invalid_request", message } } satisfies ApiError);
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`,
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${headers.join("\r\n")}\r\n\r\n${body}`;
}

/**
 * Fastify's `clientErrorHandler`. Closing a socket whose input is unread makes the kernel reset the
 * connection, and the client then loses the answer; so the answer is sent, the write side closed, and
 * the rest of the input read and dropped until the client closes (or LINGER_MS passes).
 */
export function answerClientError(error: ParserError, socket: Duplex): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const { status, message } = clientErrorAnswer(error.code);
  socket.end(rawErrorResponse(status, message));
  socket.on("error", () => socket.destroy());
  socket.on("data", () => undefined);
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/** Fastify's `frameworkErrors`: a URL that does not decode, or a path segment over the router's limit. */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message =
    error.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? "A part of the URL is too long; node ids are at most a few hundred characters."
      : "The URL holds an invalid percent-encoding (e.g. %ZZ or a cut-off UTF-8 sequence); encode it with encodeURIComponent.";
  const body: ApiError = { error: { code: "invalid_request", message } };
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
  void reply.code(error.code === "FST_ERR_MAX_PARAM_LENGTH" ? 414 : 400).type("application/json; charset=utf-8").send(body);
}
