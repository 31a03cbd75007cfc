import { describe, expect, it } from "vitest";
import { withoutExplainPrefix } from "../../web/server/console/explain-message";

describe("withoutExplainPrefix", () => {
  it("quotes the user's first line and counts positions without the EXPLAIN the console added", () => {
    const neo4j = "Invalid input '': expected an expression (line 1, column 48 (offset: 47))\n\"EXPLAIN MATCH (n:Bureau) RETURN n.name ORDER BY\"\n                                                ^";
    expect(withoutExplainPrefix(neo4j)).toBe(
      "Invalid input '': expected an expression (line 1, column 40 (offset: 39))\n\"MATCH (n:Bureau) RETURN n.name ORDER BY\"\n                                        ^",
    );
  });

  it("on a later line keeps line and column, and shifts only the offset", () => {
    const neo4j = "Variable `x` not defined (line 2, column 23 (offset: 47))\n\"RETURN n.nme ORDER BY x\"\n                       ^";
    expect(withoutExplainPrefix(neo4j)).toBe("Variable `x` not defined (line 2, column 23 (offset: 39))\n\"RETURN n.nme ORDER BY x\"\n                       ^");
  });

  it("leaves other messages alone", () => {
    expect(withoutExplainPrefix("The transaction has been terminated.")).toBe("The transaction has been terminated.");
  });
});
