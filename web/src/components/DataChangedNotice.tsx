/** Says, until dismissed, that a shared link was made on other data than the page shows, and which documents changed. */
import { describeDataChange } from "../state/data-version/describe";
import { dismissDataChangeNotice, useDataVersion } from "../state/data-version/store";
import { useT, useView } from "../state/view/store";

export function DataChangedNotice() {
  const t = useT();
  const uiLang = useView((s) => s.uiLang);
  const notice = useDataVersion((s) => s.notice);
  if (notice === null) return null;
  const text = describeDataChange(uiLang, notice);
  const counts = notice.kind === "changes" ? notice.changes : undefined;
  return (
    <div
      className="data-changed"
      role="status"
      data-testid="data-changed"
      data-kind={notice.kind}
      data-added={counts?.added.length}
      data-removed={counts?.removed.length}
      data-changed={counts?.changed.length}
    >
      <div className="data-changed-text">
        <strong>{text.summary}</strong>
        {text.groups.map((group) => (
          <p key={group.kind} data-testid={`data-changed-${group.kind}`}>
            {group.label}
            {uiLang === "zh" ? "：" : ": "}
            {group.titles.map((title) => `《${title}》`).join("")}
            {group.more && ` ${group.more}`}
          </p>
        ))}
      </div>
      <button type="button" onClick={dismissDataChangeNotice} aria-label={t("close")} data-testid="data-changed-close">
        ×
      </button>
    </div>
  );
}
