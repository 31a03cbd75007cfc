import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/stages/find-mentions";
import { testGazetteer } from "../builders";

function orgs(text: string): string[] {
  return findMentions(text, testGazetteer()).filter((m) => m.entity.label === "Organization").map((m) => m.entity.name);
}

describe("findOrgMentions", () => {
  it("spells out a provincial body's abbreviation in its name", () => {
    expect(orgs("江西省经信委、重庆市通管局作交流发言。")).toEqual(["江西省经济和信息化委员会", "重庆市通信管理局"]);
  });

  it("finds a governance body by its word and keeps generic phrases out", () => {
    expect(orgs("发挥国家集成电路产业发展领导小组的作用，支持产业联盟和企业集团发展，指导行业协会。")).toEqual(["国家集成电路产业发展领导小组"]);
  });
});
