/** The console's side list: example queries (GET /api/examples) and the history, each one click away. */
import { useConsole } from "../../state/console/store";
import { useT } from "../../state/view/store";

export function ConsoleSidebar({ onPick }: { onPick: (query: string, run: boolean) => void }) {
  const t = useT();
  const examples = useConsole((s) => s.examples);
  const examplesError = useConsole((s) => s.examplesError);
  const history = useConsole((s) => s.history);
  return (
    <div className="console-sidebar">
      <h3>{t("examples")}</h3>
      {examplesError && <p className="error-text small">{examplesError}</p>}
      <ul className="plain-list" data-testid="examples">
        {examples.map((ex) => (
          <li key={ex.title + ex.query}>
            <button type="button" className="link" title={ex.description ?? ex.query} onClick={() => onPick(ex.query, true)}>
              {ex.title}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t("history")}</h3>
      <ul className="plain-list history" data-testid="history">
        {history.map((q) => (
          <li key={q}>
            <button type="button" className="link mono" title={q} onClick={() => onPick(q, false)}>
              {q.length > 70 ? `${q.slice(0, 70)}…` : q}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
