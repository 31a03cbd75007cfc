/** The sidebar's reviews group: show rejected facts, export every review as one JSON file, import a team's file. */
import { useRef, useState } from "react";
import { fetchReviews } from "../api/reviews-client";
import { download, stamp } from "../graph/export";
import { importReviewFile, showRejected, useReviews } from "../state/reviews/store";
import { useT } from "../state/view/store";
import { TokenField } from "./panels/ReviewBar";

export function ReviewsPanel() {
  const t = useT();
  const count = useReviews((s) => s.byFact.size);
  const shown = useReviews((s) => s.showRejected);
  const token = useReviews((s) => s.token);
  const error = useReviews((s) => s.error);
  const input = useRef<HTMLInputElement>(null);
  const [imported, setImported] = useState<number | null>(null);
  const exportAll = async () => download(`miit-reviews-${stamp()}.json`, JSON.stringify(await fetchReviews(), null, 2), "application/json");
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text()) as unknown;
    } catch {
      parsed = null;
    }
    setImported(await importReviewFile(parsed));
  };
  return (
    <section className="filter-group reviews-panel" data-testid="reviews-panel">
      <h3>{t("reviews")}</h3>
      <p className="hint">
        {count} {t("reviewsCount")}
      </p>
      <label className="switch">
        <input type="checkbox" checked={shown} onChange={(e) => showRejected(e.target.checked)} data-testid="show-rejected" />
        {t("showRejected")}
      </label>
      <div className="reviews-actions">
        <button type="button" onClick={() => void exportAll()} data-testid="reviews-export">
          {t("reviewsExport")}
        </button>
        <button type="button" onClick={() => input.current?.click()} data-testid="reviews-import">
          {t("reviewsImport")}
        </button>
        <input ref={input} type="file" accept="application/json,.json" hidden onChange={(e) => void importFile(e.target.files?.[0])} data-testid="reviews-import-file" />
      </div>
      {imported !== null && <p className="hint">{imported} {t("reviewsImported")}</p>}
      {token === null && <TokenField />}
      {error && error !== "no-token" && <p className="error-text">{error}</p>}
    </section>
  );
}
