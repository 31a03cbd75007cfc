/** Typed API errors: thrown anywhere in web/server, turned into `{error:{code,message}}` once, by the error handler. */

/** Machine-readable error codes the API answers with (the frontend switches on these). */
export type ApiErrorCode =
  | "invalid_request"
  | "not_found"
  | "read_only"
  | "load_csv"
  | "procedure_not_allowed"
  | "admin_command"
  | "multiple_statements"
  | "unsupported"
  | "syntax"
  | "query_failed"
  | "timeout"
  | "database_unavailable"
  | "misdirected_request"
  | "resource_limit"
  | "too_many_requests"
  | "unauthorized"
  | "forbidden"
  | "internal";

/** An error with an HTTP status, a code and a message a person can act on. */
export class ApiHttpError extends Error {
  readonly statusCode: number;
  readonly code: ApiErrorCode;

  constructor(statusCode: number, code: ApiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.statusCode = statusCode;
    this.code = code;
  }
}

/** 400: a parameter or body failed validation. */
export class InvalidRequestError extends ApiHttpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(400, "invalid_request", message, options);
  }
}

/** 404: the id names no node. */
export class NotFoundError extends ApiHttpError {
  constructor(message: string) {
    super(404, "not_found", message);
  }
}

/** 400: the console refused a statement before (or while) running it. */
export class CypherRefusedError extends ApiHttpError {
  constructor(
    code: Extract<ApiErrorCode, "read_only" | "load_csv" | "procedure_not_allowed" | "admin_command" | "multiple_statements" | "unsupported">,
    message: string,
  ) {
    super(400, code, message);
  }
}

/** 400: Neo4j rejected or failed the user's statement (syntax, type error …); the message is Neo4j's own. */
export class CypherFailedError extends ApiHttpError {
  constructor(code: Extract<ApiErrorCode, "syntax" | "query_failed" | "read_only" | "invalid_request">, message: string, options?: { cause?: unknown }) {
    super(400, code, message, options);
  }
}

/** 400: the statement ran longer than CYPHER_TIMEOUT_MS and Neo4j ended it. */
export class CypherTimeoutError extends ApiHttpError {
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(
      400,
      "timeout",
      `The query ran longer than ${timeoutMs} ms and was stopped. Add a LIMIT, narrow the MATCH, or avoid large UNWIND/range().`,
      options,
    );
  }
}

/** 503: Neo4j cannot be reached or refused our credentials. */
export class DatabaseUnavailableError extends ApiHttpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(503, "database_unavailable", message, options);
  }
}

/** 500: a stored value did not have the shape the model promises (names the query). */
export class UnexpectedDataError extends ApiHttpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(500, "internal", message, options);
  }
}

/** 401: a review write without the review token (or with a wrong one). */
export class UnauthorizedError extends ApiHttpError {
  constructor(message: string) {
    super(401, "unauthorized", message);
  }
}

/** 403: a review write from another origin (a page elsewhere using the visitor's browser). */
export class ForbiddenError extends ApiHttpError {
  constructor(message: string) {
    super(403, "forbidden", message);
  }
}
