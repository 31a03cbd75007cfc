/** Adds an OWNS the extraction missed, with the sentence that states it (a review with status "added"). */
import { useState } from "react";
import { nodeId } from "../../../../cypher/model";
import type { DrillDownResponse } from "../../../shared/api-types";
import { writeReview } from "../../state/reviews/store";
import { useT } from "../../state/view/store";

export function AddFactForm({ drill }: { drill: DrillDownResponse }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState("");
  const [year, setYear] = useState(String(drill.years.at(-1) ?? new Date().getFullYear()));
  const [sentence, setSentence] = useState("");
  const isProgram = drill.node.label === "Program";
  if (!open) {
    return (
      <button type="button" className="link" onClick={() => setOpen(true)} data-testid="add-fact-open">
        {isProgram ? t("addOwner") : t("addProgram")}
      </button>
    );
  }
  // Another entity by id (bureau:…, program:…) or, for a bureau's new program, by its name.
  const otherId = other.includes(":") ? other.trim() : nodeId(isProgram ? "Bureau" : "Program", other.trim());
  const submit = async () => {
    const ok = await writeReview({
      type: "OWNS",
      start: isProgram ? otherId : drill.node.id,
      end: isProgram ? drill.node.id : otherId,
      year: Number(year),
      status: "added",
      sentence,
    });
    if (ok) setOpen(false);
  };
  return (
    <form className="add-fact" onSubmit={(e) => (e.preventDefault(), void submit())} data-testid="add-fact">
      <input value={other} onChange={(e) => setOther(e.target.value)} placeholder={isProgram ? t("addOwnerPlaceholder") : t("addProgramPlaceholder")} required data-testid="add-fact-other" />
      <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" pattern="\d{4}" required aria-label={t("year")} data-testid="add-fact-year" />
      <textarea value={sentence} onChange={(e) => setSentence(e.target.value)} placeholder={t("addSentencePlaceholder")} required maxLength={2000} data-testid="add-fact-sentence" />
      <button type="submit" data-testid="add-fact-save">{t("addFactSave")}</button>
      <button type="button" onClick={() => setOpen(false)}>{t("cancel")}</button>
    </form>
  );
}
