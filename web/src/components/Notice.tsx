/** A small dismissable message (expand failed, link copied), cleared after a few seconds. */
import { useEffect } from "react";
import { clearNotice, useNotice } from "../state/notice/store";
import { useT } from "../state/view/store";

export function Notice() {
  const t = useT();
  const message = useNotice((s) => s.message);
  const kind = useNotice((s) => s.kind);
  const id = useNotice((s) => s.id);
  useEffect(() => {
    if (message === null) return;
    const timer = setTimeout(clearNotice, kind === "error" ? 8000 : 2500);
    return () => clearTimeout(timer);
  }, [message, kind, id]);
  if (message === null) return null;
  return (
    <div className={`notice ${kind}`} role={kind === "error" ? "alert" : "status"} data-testid="notice">
      <span>{message}</span>
      <button type="button" onClick={clearNotice} aria-label={t("close")}>
        ×
      </button>
    </div>
  );
}
