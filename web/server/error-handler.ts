/** The one place errors become HTTP answers: `{error:{code,message}}`, never a stack trace. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ApiError } from "../shared/api-types";
import { ApiHttpError } from "./errors";

function send(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const body: ApiError = { error: { code, message } };
  return reply.code(status).type("application/json; charset=utf-8").send(body);
}

/** Fastify's own request errors (bad JSON, body too large, wrong content type) keep their 4xx status. */
function requestErrorMessage(error: FastifyError, status: number): string {
  // @fastify/static refuses paths that climb out of the app's folder (or name too long a file) with 403.
  if (status === 403) return "That path is not a file of the web app; open / for the app or /api/health for the API.";
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "The request body is too large; send a shorter query.";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "Send the body as JSON with Content-Type: application/json.";
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return 'The body is not valid JSON (keys named __proto__ or constructor.prototype are refused too); send {"query": "MATCH (n) RETURN n LIMIT 25"}.';
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return 'The JSON body is empty; send {"query": "MATCH (n) RETURN n LIMIT 25"}.';
    default:
      return error.message;
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiHttpError) {
      // 503s (Neo4j down) are expected states the client shows; only genuine server faults get a stack in the log.
      if (error.statusCode === 500) request.log.error({ err: error }, error.message);
      else if (error.statusCode > 500) request.log.warn(error.message);
      return send(reply, error.statusCode, error.code, error.message);
    }
    const status = "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return send(reply, status, "invalid_request", requestErrorMessage(error as FastifyError, status));
    }
    request.log.error({ err: error }, "unexpected error");
    return send(reply, 500, "internal", "Unexpected server error; the server log has the details.");
  });
}

/** Unknown /api routes answer JSON; other GETs fall back to the app's index.html (or say how to build it). */
export function registerNotFoundHandler(app: FastifyInstance, staticRoot: string | undefined): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path === "/api" || path.startsWith("/api/")) {
      return send(reply, 404, "not_found", `There is no API route ${request.method} ${path}. Routes: /api/health, /api/graph, /api/years, /api/search, /api/nodes/:id, /api/bureaus/:id, /api/cypher, /api/schema, /api/examples.`);
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      return send(reply, 404, "not_found", `Nothing answers ${request.method} ${path}.`);
    }
    if (staticRoot === undefined) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("The web app has not been built yet: run `npm run build` (or use `npm run dev`), then reload. The API answers under /api, e.g. /api/health.\n");
    }
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
}
