/**
 * Every response's security headers, and the Host check that keeps a web page which rebinds its DNS
 * name to 127.0.0.1 from using the API from a visitor's browser. No CORS headers are sent: the page
 * and the API share one origin.
 */
import type { FastifyInstance } from "fastify";
import type { ServerConfig } from "./config";
import type { ApiError } from "../shared/api-types";

/**
 * Fits the built app: its one script is an external module; React style attributes and CodeMirror's
 * <style> elements need inline styles; ForceAtlas2 runs in a blob: worker; exports are data:/blob: images.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1"];
/** A host that listens on every interface names none a request could use. */
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::"]);

/** The host name of a Host header, lower-cased, without its port ("[::1]:3000" → "::1"). */
export function hostName(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const value = header.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(1, value.indexOf("]") < 0 ? undefined : value.indexOf("]"));
  return value.replace(/:\d+$/, "");
}

/** The host names a request may name: loopback, the configured HOST, and ALLOWED_HOSTS. */
export function allowedHostNames(config: Pick<ServerConfig, "host" | "allowedHosts">): Set<string> {
  const configured = WILDCARD_HOSTS.has(config.host) ? [] : [config.host.toLowerCase()];
  return new Set([...LOOPBACK_NAMES, ...configured, ...config.allowedHosts]);
}

/** Adds the Host check (421 in the API's error shape) and the security headers to every response. */
export function registerHttpSecurity(app: FastifyInstance, config: ServerConfig): void {
  const allowed = allowedHostNames(config);
  app.addHook("onRequest", async (request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
    const host = hostName(request.headers.host);
    if (host !== undefined && allowed.has(host)) return;
    const body: ApiError = {
      error: {
        code: "misdirected_request",
        message: `This server does not answer for the host "${request.headers.host ?? ""}". Open it as http://127.0.0.1:${config.port} or http://localhost:${config.port}, or add the name to ALLOWED_HOSTS.`,
      },
    };
    return reply.code(421).type("application/json; charset=utf-8").send(body);
  });
}
