/** GET /api/version (the data version a shared link carries) and GET /api/versions/:id/changes (what changed since). */
import type { FastifyInstance, FastifyBaseLogger } from "fastify";
import { z } from "zod";
import type { DataChangesResponse, DataVersionResponse } from "../../shared/api-types";
import { dataChanges, DATA_VERSION_PATTERN } from "../data-version/data-version";
import { readCurrentDataVersion, readRecordedDataVersion, type CurrentDataVersion } from "../data-version/current-version";
import { NotFoundError } from "../errors";
import { parseInput, type ApiContext } from "./context";

const versionParams = z.object({ id: z.string().regex(DATA_VERSION_PATTERN, "a data version is 12 lowercase hex digits") });

/** Reads the current version; a failed record is said in the log (the answer says `recorded: false`). */
async function current(ctx: ApiContext, log: FastifyBaseLogger): Promise<CurrentDataVersion> {
  const version = await readCurrentDataVersion(ctx.client);
  if (version.recordError !== undefined) log.warn({ err: version.recordError }, `data version ${version.record.id} could not be recorded`);
  return version;
}

export function registerVersionRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/version", async (request): Promise<DataVersionResponse> => {
    const { record, recordError } = await current(ctx, request.log);
    return { dataVersion: record.id, documents: record.documents.length, recorded: recordError === undefined };
  });

  app.get("/versions/:id/changes", async (request): Promise<DataChangesResponse> => {
    const { id } = parseInput(versionParams, request.params, "data version");
    const [from, now] = await Promise.all([readRecordedDataVersion(ctx.client, id), current(ctx, request.log)]);
    if (from === undefined) {
      throw new NotFoundError(`Data version ${id} is not on record: the link was made on another database, or before versions were recorded.`);
    }
    return dataChanges(from, now.record);
  });
}
