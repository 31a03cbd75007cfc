import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { testGazetteer } from "../../builders";

function departments(text: string): string[] {
  return findMentions(text, testGazetteer())
    .filter((m) => m.entity.label === "Organization" || m.entity.label === "Bureau")
    .map((m) => `${m.entity.label}:${m.entity.name}`);
}

describe("findDepartmentLists", () => {
  it("reads the departments listed under another ministry as its organisations, even one MIIT also has", () => {
    expect(departments("据商务部官网,王某分管对外贸易司、人事司和某某服务司。")).toEqual(["Organization:对外贸易司", "Organization:人事司", "Organization:某某服务司"]);
  });

  it("leaves the home ministry's departments to the gazetteer", () => {
    expect(departments("工业和信息化部下设规划司、人事司等司局。")).toEqual(["Bureau:规划司", "Bureau:人事教育司"]);
  });
});
