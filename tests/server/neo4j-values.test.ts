import neo4j, { Date as Neo4jDate, Integer, Node, Path, PathSegment, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { collectEntities, emptyFoundEntities, missingEndpoints, toNeo4jParams, ValueConverter } from "../../web/server/neo4j/values";

const bureau = new Node(Integer.fromNumber(1), ["Bureau", "Entity"], { id: "bureau:规划司", name: "规划司", aliases: ["综合规划司"] }, "4:db:1");
const program = new Node(Integer.fromNumber(2), ["Program", "Entity"], { id: "program:工业强基工程", name: "工业强基工程", firstYear: neo4j.int(2013) }, "4:db:2");
const anonymous = new Node(Integer.fromNumber(3), ["Other"], { n: 1 }, "4:db:3");
const owns = new Relationship(
  Integer.fromNumber(10),
  Integer.fromNumber(1),
  Integer.fromNumber(2),
  "OWNS",
  { year: neo4j.int(2017), count: neo4j.int(3), evidence: ["以实施工业强基工程为主线"] },
  "5:db:10",
  "4:db:1",
  "4:db:2",
);

describe("ValueConverter", () => {
  it("turns Integers into numbers and large ones into strings", () => {
    const c = new ValueConverter();
    expect(c.convert(neo4j.int(42))).toBe(42);
    expect(c.convert(neo4j.int("9007199254740993"))).toBe("9007199254740993");
  });

  it("turns nodes into {id, label, labels, properties} keyed by our id property", () => {
    expect(new ValueConverter().convert(program)).toEqual({
      id: "program:工业强基工程",
      elementId: "4:db:2",
      label: "Program",
      labels: ["Program", "Entity"],
      properties: { id: "program:工业强基工程", name: "工业强基工程", firstYear: 2013 },
    });
    expect(new ValueConverter().convert(anonymous)).toMatchObject({ id: "4:db:3", label: "Other" });
  });

  it("names relationship ends by node id when the nodes are known, else by elementId", () => {
    expect(new ValueConverter([bureau, program]).convert(owns)).toEqual({
      id: "5:db:10",
      type: "OWNS",
      start: "bureau:规划司",
      end: "program:工业强基工程",
      properties: { year: 2017, count: 3, evidence: ["以实施工业强基工程为主线"] },
    });
    expect(new ValueConverter().convert(owns)).toMatchObject({ start: "4:db:1", end: "4:db:2" });
  });

  it("turns paths into segments", () => {
    const path = new Path(bureau, program, [new PathSegment(bureau, owns, program)]);
    const json = new ValueConverter([bureau, program]).convert(path) as { segments: { relationship: { type: string } }[] };
    expect(json.segments).toHaveLength(1);
    expect(json.segments[0]?.relationship.type).toBe("OWNS");
  });

  it("turns temporal values into ISO strings and walks lists and maps", () => {
    const date = new Neo4jDate(2016, 12, 26);
    expect(new ValueConverter().convert({ d: date, list: [neo4j.int(1), null, "x", 1.5] })).toEqual({ d: "2016-12-26", list: [1, null, "x", 1.5] });
  });
});

describe("collectEntities", () => {
  it("finds nodes and relationships in rows and lists the ends it is missing", () => {
    const found = emptyFoundEntities();
    collectEntities([bureau, [owns], { nested: owns }], found);
    expect([...found.nodes.keys()]).toEqual(["4:db:1"]);
    expect([...found.relationships.keys()]).toEqual(["5:db:10"]);
    expect(missingEndpoints(found)).toEqual(["4:db:2"]);
  });
});

describe("toNeo4jParams", () => {
  it("sends whole numbers as Cypher integers and leaves other values", () => {
    const params = toNeo4jParams({ limit: 25, ratio: 0.5, names: ["a"], nested: { year: 2017 } });
    expect(neo4j.isInt(params["limit"])).toBe(true);
    expect(params["ratio"]).toBe(0.5);
    expect(neo4j.isInt((params["nested"] as { year: unknown }).year)).toBe(true);
  });
});
