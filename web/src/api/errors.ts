/** Typed errors of the API client: the status, the API's error code and a message a person can act on. */

export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The response was not the shape the API contract promises. */
export class ApiShapeError extends Error {
  override readonly name = "ApiShapeError";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads `{error:{code,message}}` from a parsed body; undefined when the body is not an API error. */
export function readApiError(body: unknown): { code: string; message: string } | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { code, message } = body.error;
  if (typeof message !== "string") return undefined;
  return { code: typeof code === "string" ? code : "ERROR", message };
}

export { isRecord };
