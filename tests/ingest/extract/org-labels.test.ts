import { describe, expect, it } from "vitest";
import { NODE_LABELS } from "../../../cypher/model";
import type { Mention } from "../../../ingest/extract/extraction-types";
import { isOrg, isOrgLabel } from "../../../ingest/extract/org-labels";

function mentionOf(label: Mention["entity"]["label"]): Mention {
  return { start: 0, end: 3, surface: "规划司", entity: { label, name: "规划司" }, source: "gazetteer" };
}

describe("isOrgLabel", () => {
  it("accepts ministries, bureaus and organisations and nothing else", () => {
    expect(NODE_LABELS.filter(isOrgLabel)).toEqual(["Ministry", "Bureau", "Organization"]);
  });
});

describe("isOrg", () => {
  it("tells an org mention from a program, person or document mention", () => {
    expect(isOrg(mentionOf("Bureau"))).toBe(true);
    expect(isOrg(mentionOf("Organization"))).toBe(true);
    expect(isOrg(mentionOf("Program"))).toBe(false);
    expect(isOrg(mentionOf("Person"))).toBe(false);
  });
});
