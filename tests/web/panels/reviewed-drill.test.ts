import { describe, expect, it } from "vitest";
import { factKeyOf, typedFactKey } from "../../../cypher/fact-key";
import type { DrillDownResponse, FactReview } from "../../../web/shared/api-types";
import { cellMark, reviewedDrill } from "../../../web/src/components/panels/reviewed-drill";

const drill: DrillDownResponse = {
  node: { id: "bureau:规划司", label: "Bureau", name: "规划司", aliases: [], properties: {} },
  years: [2013, 2014],
  lineage: { predecessors: [], successors: [] },
  programs: [
    { id: "program:走出去", name: "走出去", cells: [{ year: 2014, count: 3, evidence: [] }] },
    { id: "program:工业强基工程", name: "工业强基工程", cells: [{ year: 2013, count: 5, evidence: [] }, { year: 2014, count: 3, evidence: [] }] },
  ],
  people: [],
  collaborators: [],
  documents: [],
  owners: [],
};

function review(end: string, year: number, status: FactReview["status"], sentence: string | null = null): [string, FactReview] {
  const factKey = factKeyOf("OWNS", "bureau:规划司", end, year);
  return [typedFactKey("OWNS", factKey), { id: end, type: "OWNS", factKey, start: "bureau:规划司", end, year, title: null, status, note: "", sentence, docId: null, updatedAt: "" }];
}

describe("reviewedDrill", () => {
  const byFact = new Map([review("program:走出去", 2014, "rejected"), review("program:工业强基工程", 2013, "confirmed"), review("program:定点扶贫", 2013, "added", "规划司开展定点扶贫。")]);

  it("takes rejected cells out, marks confirmed ones and puts added facts in with their sentence", () => {
    const { drill: reviewed, marks } = reviewedDrill(drill, { byFact, showRejected: false });
    expect(reviewed.programs.map((p) => p.id)).toEqual(["program:工业强基工程", "program:定点扶贫"]);
    expect(marks.get(cellMark("program:工业强基工程", 2013))).toBe("confirmed");
    expect(marks.get(cellMark("program:定点扶贫", 2013))).toBe("added");
    expect(reviewed.programs[1]?.cells[0]?.evidence[0]?.text).toBe("规划司开展定点扶贫。");
  });

  it("keeps rejected cells, marked, when rejected facts are shown", () => {
    const { drill: reviewed, marks } = reviewedDrill(drill, { byFact, showRejected: true });
    expect(reviewed.programs.find((p) => p.id === "program:走出去")?.cells.map((c) => c.year)).toEqual([2014]);
    expect(marks.get(cellMark("program:走出去", 2014))).toBe("rejected");
  });
});
