/** Builds the HTTP server: the API under /api and the built web app at / (with SPA fallback). */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyCompress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { ServerConfig } from "./config";
import { answerClientError, answerFrameworkError } from "./client-errors";
import { registerErrorHandler, registerNotFoundHandler } from "./error-handler";
import { registerHttpSecurity } from "./http-security";
import { registerRateLimit } from "./rate-limit";
import { Neo4jClient } from "./neo4j/client";
import type { ApiContext } from "./routes/context";
import { registerCypherRoutes } from "./routes/cypher";
import { registerDrillDownRoutes } from "./routes/drilldown";
import { registerExampleRoutes } from "./routes/examples";
import { registerGraphRoutes } from "./routes/graph";
import { registerHealthRoutes } from "./routes/health";
import { registerNodeRoutes } from "./routes/nodes";
import { registerReviewRoutes } from "./routes/reviews";
import { registerPathRoutes } from "./routes/paths";
import { registerSchemaRoutes } from "./routes/schema";
import { registerSearchRoutes } from "./routes/search";
import { registerVersionRoutes } from "./routes/version";
import { NameIndexCache } from "./search/name-index";
import { StampCache, type StampCacheOptions } from "./stamp-cache";
import type { EncodedBody } from "./encoded-body";

export interface BuildServerOptions {
  /** true: Fastify's request log (pino, level info) to stdout; false: only unexpected (500) errors are logged. */
  logger: boolean;
}

export const DEFAULT_BUILD_SERVER_OPTIONS: BuildServerOptions = { logger: false };

/** Largest request body anywhere (POST /api/cypher sets its own, smaller limit). */
const BODY_LIMIT = 1024 * 1024;
/** Kept answers: every filter of the overview a team uses and the drill-downs it opens, in a bounded share of memory. */
const ANSWER_CACHE: StampCacheOptions = { maxEntries: 500, maxBytes: 256 * 1024 * 1024 };
/** Path segments of any length the URL limit (16 KB) lets through reach the routes, which refuse long ids with a message. */
const MAX_PARAM_LENGTH = 16 * 1024;

/**
 * Creates the server (not yet listening). The Neo4j driver is created here but connects lazily, so the
 * server starts even when Neo4j is down (/api/health then answers 503); closing the server closes the driver.
 */
export async function buildServer(config: ServerConfig, options: Partial<BuildServerOptions> = {}): Promise<FastifyInstance> {
  const { logger } = { ...DEFAULT_BUILD_SERVER_OPTIONS, ...options };
  const app = Fastify({
    logger: { level: logger ? "info" : "error" },
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  });
  const client = new Neo4jClient(config);
  app.addHook("onClose", async () => client.close());
  const answers = new StampCache<EncodedBody>(ANSWER_CACHE, (body) => body.size);
  const ctx: ApiContext = { config, client, nameIndex: new NameIndexCache(), answers };

  registerHttpSecurity(app, config);
  registerRateLimit(app, config.apiRequestsPerMinute);
  registerErrorHandler(app);
  // gzip/brotli for clients that ask (browsers do): the overview graph is JSON of mostly repeated keys.
  await app.register(fastifyCompress, { global: true, threshold: 2048 });
  await app.register(
    async (api) => {
      registerHealthRoutes(api, ctx);
      registerGraphRoutes(api, ctx);
      registerSearchRoutes(api, ctx);
      registerNodeRoutes(api, ctx);
      registerDrillDownRoutes(api, ctx);
      registerReviewRoutes(api, ctx);
      registerPathRoutes(api, ctx);
      registerCypherRoutes(api, ctx);
      registerSchemaRoutes(api, ctx);
      registerExampleRoutes(api);
      registerVersionRoutes(api, ctx);
      // An unknown /api path is never a file: it gets the API's 404, not the static files' answer.
      api.all("/*", (_request, reply) => reply.callNotFound());
    },
    { prefix: "/api" },
  );

  const staticRoot = resolve(config.staticDir);
  const built = existsSync(resolve(staticRoot, "index.html"));
  if (built) await app.register(fastifyStatic, { root: staticRoot, prefix: "/", wildcard: true });
  registerNotFoundHandler(app, built ? staticRoot : undefined);
  return app;
}
