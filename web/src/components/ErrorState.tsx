/** Full-page states instead of a blank page: loading, Neo4j or API down (with retry), and an empty database. */
import { loadOverview, useGraphData } from "../state/graph/store";
import { useT } from "../state/view/store";

export function ErrorState() {
  const t = useT();
  const error = useGraphData((s) => s.error);
  const failure = useGraphData((s) => s.failure);
  return (
    <div className="page-state error" role="alert" data-testid="error-state" data-failure={failure ?? ""}>
      <h2>{t("errorTitle")}</h2>
      <p>{failure === "neo4j" ? t("neo4jDown") : t("apiDown")}</p>
      {error && <pre className="error-detail">{error}</pre>}
      <button type="button" className="primary" onClick={() => void loadOverview()} data-testid="retry" autoFocus>
        {t("retry")}
      </button>
    </div>
  );
}

export function EmptyState() {
  const t = useT();
  return (
    <div className="page-state" data-testid="empty-state">
      <h2>{t("emptyTitle")}</h2>
      <p>{t("emptyBody")}</p>
      <button type="button" onClick={() => void loadOverview()}>
        {t("retry")}
      </button>
    </div>
  );
}

export function LoadingState() {
  const t = useT();
  return (
    <div className="page-state" data-testid="loading-state" aria-busy="true">
      <p>{t("loading")}</p>
    </div>
  );
}
