import { describe, expect, it } from "vitest";
import { calledProcedures, checkPlan, checkStatementText, stripLiteralsAndComments, type PlainPlan } from "../../web/server/console/guard";
import { CypherRefusedError } from "../../web/server/errors";

const op = (operatorType: string, children: PlainPlan[] = [], args: Record<string, string> = {}): PlainPlan => ({
  operatorType,
  arguments: args,
  children,
});

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CypherRefusedError) return error.code;
    throw error;
  }
  return undefined;
}

describe("stripLiteralsAndComments", () => {
  it("blanks strings and comments but keeps the code around them", () => {
    expect(stripLiteralsAndComments("MATCH (n {name: 'a;b'}) // x;y\nRETURN n /* ; */")).toBe("MATCH (n {name: ''})  \nRETURN n  ");
  });

  it("handles escaped quotes and unwraps simple backtick names", () => {
    expect(stripLiteralsAndComments("RETURN 'it\\'s;' AS `x`, \"q\" AS `a b`")).toBe("RETURN '' AS x, '' AS _quoted_");
  });
});

describe("checkStatementText", () => {
  it("accepts a read query and drops one trailing semicolon", () => {
    expect(checkStatementText("  MATCH (b:Bureau)-[r:OWNS]->(p) RETURN b, r, p LIMIT 25; ")).toBe("MATCH (b:Bureau)-[r:OWNS]->(p) RETURN b, r, p LIMIT 25");
  });

  it("accepts semicolons, LOAD CSV-free keywords and CALL inside strings", () => {
    expect(refusal(() => checkStatementText("MATCH (n) WHERE n.name = 'x; CREATE (m)' RETURN n"))).toBeUndefined();
  });

  it.each([
    ["MATCH (n) RETURN n; MATCH (m) RETURN m", "multiple_statements"],
    ["LOAD CSV FROM 'http://127.0.0.1:9/x' AS r RETURN r", "load_csv"],
    ["WITH 1 AS x LOAD  CSV WITH HEADERS FROM 'file:///etc/passwd' AS r RETURN r", "load_csv"],
    ["WITH 1 AS x LOAD /* c */ CSV FROM 'http://x' AS r RETURN r", "load_csv"],
    ["CREATE (n:X) RETURN n", "read_only"],
    ["merge (n:X {id: 1})", "read_only"],
    ["DETACH DELETE n", "read_only"],
    ["DROP INDEX owns_year", "read_only"],
    ["SHOW USERS", "admin_command"],
    ["USE system MATCH (n) RETURN n", "admin_command"],
    ["CALL { USE system MATCH (n) RETURN n } RETURN 1", "admin_command"],
    ["EXPLAIN MATCH (n) RETURN n", "unsupported"],
    ["CALL dbms.security.listUsers()", "procedure_not_allowed"],
    ["CALL db.createLabel('X')", "procedure_not_allowed"],
    ["MATCH (n) CALL apoc.load.json('http://x') YIELD value RETURN value", "procedure_not_allowed"],
    ["CALL `dbms`.security.listUsers()", "procedure_not_allowed"],
    ["RETURN apoc.cypher.runFirstColumn('MATCH (n) RETURN n', {}) AS x", "procedure_not_allowed"],
  ])("refuses %s (%s)", (query, code) => {
    expect(refusal(() => checkStatementText(query))).toBe(code);
  });

  it("allows the read-only procedures and subqueries", () => {
    expect(refusal(() => checkStatementText("CALL db.labels() YIELD label RETURN label"))).toBeUndefined();
    expect(refusal(() => checkStatementText("CALL db.schema.visualization()"))).toBeUndefined();
    expect(refusal(() => checkStatementText("MATCH (n) CALL { WITH n RETURN 1 AS x } RETURN x"))).toBeUndefined();
    expect(refusal(() => checkStatementText("MATCH (n) CALL (n) { RETURN n.id AS x } RETURN x"))).toBeUndefined();
  });
});

describe("calledProcedures", () => {
  it("lists procedure names but not subqueries", () => {
    expect(calledProcedures("CALL db.labels() YIELD l CALL { RETURN 1 } CALL (x) { RETURN 2 } CALL dbms . components")).toEqual(["db.labels", "dbms.components"]);
  });
});

describe("checkPlan", () => {
  const read = op("ProduceResults@neo4j", [op("AllNodesScan@neo4j")]);

  it("accepts a read-only plan", () => {
    expect(refusal(() => checkPlan(read, "r"))).toBeUndefined();
  });

  it("refuses a LoadCSV operator anywhere in a read-only plan", () => {
    expect(refusal(() => checkPlan(op("ProduceResults@neo4j", [op("Projection@neo4j", [op("LoadCSV@neo4j")])]), "r"))).toBe("load_csv");
  });

  it("refuses write operators and any query type but r", () => {
    expect(refusal(() => checkPlan(op("ProduceResults@neo4j", [op("Create@neo4j")]), "r"))).toBe("read_only");
    for (const write of ["SetPropertiesFromMap@neo4j", "DetachDelete@neo4j", "RemoveLabels@neo4j", "TransactionForeach@neo4j", "Merge@neo4j"]) {
      expect(refusal(() => checkPlan(op("ProduceResults@neo4j", [op(write)]), "r")), write).toBe("read_only");
    }
    expect(refusal(() => checkPlan(op("ProduceResults@neo4j", [op("Filter@neo4j", [op("NodeByLabelScan@neo4j")])]), "r"))).toBeUndefined();
    expect(refusal(() => checkPlan(read, "rw"))).toBe("read_only");
    expect(refusal(() => checkPlan(read, "s"))).toBe("read_only");
  });

  it("accepts the DBMS type only for dbms.components", () => {
    const call = (details: string) => op("ProduceResults@neo4j", [op("ProcedureCall@neo4j", [], { Details: details })]);
    expect(refusal(() => checkPlan(call("dbms.components() :: (name :: STRING)"), "s"))).toBeUndefined();
    expect(refusal(() => checkPlan(read, "s"))).toBe("read_only");
  });

  it("checks procedure calls against the allow-list from the plan's details", () => {
    const call = (details: string) => op("ProduceResults@neo4j", [op("ProcedureCall@neo4j", [], { Details: details })]);
    expect(refusal(() => checkPlan(call("db.labels() :: (label :: STRING)"), "r"))).toBeUndefined();
    expect(refusal(() => checkPlan(call("dbms.listConfig(\"\") :: (name :: STRING)"), "r"))).toBe("procedure_not_allowed");
    expect(refusal(() => checkPlan(call(""), "r"))).toBe("procedure_not_allowed");
  });
});

describe("the plan allowlist and the normalised text", () => {
  it("refuses SHOW and TERMINATE commands, which Neo4j plans as read queries, and any operator not on the read list", () => {
    for (const admin of ["ShowSettings@neo4j", "ShowTransactions@neo4j", "ShowProcedures@neo4j", "TerminateTransactions@neo4j"]) {
      expect(refusal(() => checkPlan(op("ProduceResults@neo4j", [op(admin)]), "r")), admin).toBe("admin_command");
    }
    expect(refusal(() => checkPlan(op("ProduceResults@neo4j", [op("SomeFutureOperator@neo4j")]), "r"))).toBe("read_only");
    expect(refusal(() => checkPlan(op("ProduceResults@neo4j", [op("LoadCSV@neo4j")]), "r"))).toBe("load_csv");
  });

  it("reads control and format characters as whitespace and every line break as Neo4j does", () => {
    expect(refusal(() => checkStatementText("\u001cSHOW SETTINGS"))).toBe("admin_command");
    expect(refusal(() => checkStatementText("\u200bTERMINATE TRANSACTIONS 'x'"))).toBe("admin_command");
    expect(refusal(() => checkStatementText("// note\rSHOW TRANSACTIONS"))).toBe("admin_command");
    expect(refusal(() => checkStatementText("// note\u2028CREATE (n)"))).toBe("read_only");
    expect(refusal(() => checkStatementText("ＳＨＯＷ SETTINGS"))).toBe("admin_command");
    expect(checkStatementText("MATCH (n)\r\nRETURN n;")).toBe("MATCH (n)\nRETURN n");
  });
});
