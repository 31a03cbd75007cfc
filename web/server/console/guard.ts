/** The console's refusal decisions, pure: what a user's Cypher may not do, judged from its text and its EXPLAIN plan. */
import { CypherRefusedError } from "../errors";
import { normaliseStatement } from "./normalise-statement";
import { operatorName, READ_OPERATORS } from "./read-operators";

/** An EXPLAIN plan operator with plain-string arguments (built from the driver's plan in neo4j/). */
export interface PlainPlan {
  operatorType: string;
  arguments: Record<string, string>;
  children: PlainPlan[];
}

/** Read-only procedures the console may call; everything else (dbms.*, db.create*, tx.*, apoc.* …) is refused. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "dbms.components",
];
/** Allowed procedures that Neo4j plans as DBMS ("s") statements although they only read. */
const DBMS_READ_PROCEDURES = new Set(["dbms.components"]);
const ALLOWED = new Set(ALLOWED_PROCEDURES.map((name) => name.toLowerCase()));

/** True when the console may call the procedure (compared case-insensitively). */
export function isAllowedProcedure(name: string): boolean {
  return ALLOWED.has(name.toLowerCase());
}

const WRITE_CLAUSES = new Set([
  "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "FOREACH", "DROP", "ALTER", "RENAME", "INSERT",
]);
const ADMIN_CLAUSES = new Set(["SHOW", "USE", "START", "STOP", "TERMINATE", "ENABLE", "DRYRUN", "GRANT", "DENY", "REVOKE"]);


/**
 * Replaces string literals by `''` and comments by a space, and unwraps simple backtick names,
 * so that keywords and `;` can be looked for without being fooled by quoted text.
 */
export function stripLiteralsAndComments(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const c = query[i] ?? "";
    const next = query[i + 1] ?? "";
    if (c === "/" && next === "/") {
      const end = query.indexOf("\n", i);
      i = end < 0 ? query.length : end;
      out += " ";
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      i = end < 0 ? query.length : end + 2;
      out += " ";
    } else if (c === "'" || c === '"' || c === "`") {
      const end = closingQuote(query, i);
      const inner = query.slice(i + 1, end);
      out += c === "`" ? (/^\w+$/.test(inner) ? inner : "_quoted_") : "''";
      i = end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

function closingQuote(query: string, start: number): number {
  const quote = query[start];
  let i = start + 1;
  while (i < query.length) {
    const c = query[i];
    if (c === "\\" && quote !== "`") i += 2;
    else if (c === quote && quote === "`" && query[i + 1] === "`") i += 2;
    else if (c === quote) return i;
    else i += 1;
  }
  return query.length;
}

/**
 * Checks a statement's text before anything reaches Neo4j (the second layer: the plan decides); returns
 * the statement as Neo4j must run it — normalised (normalise-statement.ts), without a trailing `;`.
 * Throws CypherRefusedError (codes multiple_statements, load_csv, read_only, admin_command, unsupported,
 * procedure_not_allowed).
 */
export function checkStatementText(query: string): string {
  const statement = normaliseStatement(query).trim().replace(/;\s*$/, "").trim();
  const code = stripLiteralsAndComments(statement);
  if (code.includes(";")) {
    throw new CypherRefusedError("multiple_statements", "The console runs one statement at a time; remove the `;` and run each statement separately.");
  }
  if (/\bLOAD\s+CSV\b/i.test(code) || /\bLOAD\s+CSV\b/i.test(statement)) throw loadCsvRefusal();
  const first = /^\s*([A-Za-z]+)/.exec(code)?.[1]?.toUpperCase() ?? "";
  if (first === "LOAD") throw loadCsvRefusal();
  if (WRITE_CLAUSES.has(first)) throw readOnlyRefusal(first);
  if (ADMIN_CLAUSES.has(first)) throw adminRefusal(first);
  if (first === "EXPLAIN" || first === "PROFILE" || first === "CYPHER") {
    throw new CypherRefusedError("unsupported", `Remove the leading ${first}: the console plans and runs the statement itself.`);
  }
  if (/(^|[^.\w$])USE\s+[\w`]/i.test(code)) throw adminRefusal("USE");
  // Plugin functions can run Cypher or fetch URLs from inside an expression (apoc.cypher.runFirstColumn, …).
  const plugin = /\b(apoc|gds|n10s)\s*\.\s*[A-Za-z_][\w.]*/i.exec(code);
  if (plugin !== null) throw procedureRefusal(plugin[0].replace(/\s+/g, ""));
  for (const name of calledProcedures(code)) {
    if (!isAllowedProcedure(name)) throw procedureRefusal(name);
  }
  return statement;
}

/** Names of procedures called with `CALL name` (subqueries `CALL {` / `CALL (` are not procedures). */
export function calledProcedures(code: string): string[] {
  const names: string[] = [];
  for (const match of code.matchAll(/\bCALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*)/gi)) {
    names.push((match[1] ?? "").replace(/\s+/g, ""));
  }
  return names;
}

/**
 * Checks the EXPLAIN plan by allowlist: every operator must be a known read operator (read-operators.ts)
 * — so LOAD CSV, writes, SHOW …, TERMINATE …, schema and admin commands are refused however the text
 * disguised them — every procedure must be on the allowlist, and the query type must be read-only
 * ("r"), except that Neo4j types every dbms.* procedure call "s", so "s" passes only when its
 * procedure calls are all on the DBMS read list (dbms.components).
 */
export function checkPlan(plan: PlainPlan, queryType: string): void {
  const procedures: string[] = [];
  for (const op of walkPlan(plan)) {
    const name = operatorName(op.operatorType);
    if (name.startsWith("LoadCSV")) throw loadCsvRefusal();
    if (name.startsWith("Show") || name.startsWith("Terminate")) throw adminRefusal(name);
    if (!READ_OPERATORS.has(name)) throw readOnlyRefusal(name);
    if (name === "ProcedureCall") {
      const procedure = procedureFromDetails(op.arguments);
      if (procedure === undefined || !isAllowedProcedure(procedure)) throw procedureRefusal(procedure ?? "an unknown procedure");
      procedures.push(procedure.toLowerCase());
    }
  }
  const dbmsRead = queryType === "s" && procedures.length > 0 && procedures.every((p) => DBMS_READ_PROCEDURES.has(p));
  if (queryType !== "r" && !dbmsRead) {
    throw new CypherRefusedError("read_only", `The console only runs read-only statements (this one is of type "${queryType}"): use MATCH … RETURN.`);
  }
}

/** Every operator of a plan, depth first. */
export function* walkPlan(plan: PlainPlan): Generator<PlainPlan> {
  yield plan;
  for (const child of plan.children) yield* walkPlan(child);
}

function procedureFromDetails(args: Record<string, string>): string | undefined {
  const details = args["Details"] ?? args["details"] ?? args["Signature"] ?? args["signature"] ?? "";
  return /^\s*`?([A-Za-z_][\w.`]*)\s*\(/.exec(details)?.[1]?.replace(/`/g, "");
}

function loadCsvRefusal(): CypherRefusedError {
  return new CypherRefusedError("load_csv", "LOAD CSV is not allowed in the console: it makes the database server fetch files or URLs.");
}

function readOnlyRefusal(what: string): CypherRefusedError {
  return new CypherRefusedError("read_only", `The console is read-only: ${what} is not allowed. Use MATCH … RETURN to read the graph.`);
}

function adminRefusal(what: string): CypherRefusedError {
  return new CypherRefusedError("admin_command", `Administration commands (${what}) are not available in the console; it reads the project graph only.`);
}

function procedureRefusal(name: string): CypherRefusedError {
  return new CypherRefusedError(
    "procedure_not_allowed",
    `The procedure ${name} is not allowed in the console. Allowed: ${ALLOWED_PROCEDURES.join(", ")}.`,
  );
}
