/** The Cypher console (lazy chunk): editor, examples and history, refusal messages, results as table and graph. */
import { useEffect, useState } from "react";
import { consoleStore, loadConsoleResources, runQuery, useConsole } from "../../state/console/store";
import { setResultView } from "../../state/console/transitions";
import { updateView, useT, viewStore } from "../../state/view/store";
import { setConsoleQuery } from "../../state/view/transitions";
import { ConsoleFrame } from "./ConsoleFrame";
import { ConsoleSidebar } from "./ConsoleSidebar";
import { CypherInput } from "./CypherInput";
import { addResultToMain, ResultGraph } from "./ResultGraph";
import { ResultsTable } from "./ResultsTable";

export function ConsolePanel() {
  const t = useT();
  const [editorValue, setEditorValue] = useState(() => viewStore.get().consoleQuery);
  const { status, error, result, view } = useConsole((s) => s);
  useEffect(() => {
    void loadConsoleResources();
  }, []);
  /** Loads a query into the editor; examples also run it (one click to an answer), history entries wait for Ctrl+Enter. */
  const pick = (query: string, run: boolean) => {
    setEditorValue(query);
    updateView((s) => setConsoleQuery(s, query));
    if (run) void runQuery(query);
  };

  return (
    <ConsoleFrame status={status}>
      <div className="console-main">
        <CypherInput value={editorValue} />
        {error && (
          <div className="console-error" role="alert" data-testid="console-error" data-code={error.code}>
            <strong>{t("queryRefused")}</strong> <code>{error.code}</code>
            <p>{error.message}</p>
          </div>
        )}
        {result && (
          <div className="console-results" data-testid="console-results">
            <div className="tabs" role="tablist">
              <button type="button" role="tab" aria-selected={view === "table"} onClick={() => consoleStore.update((s) => setResultView(s, "table"))}>
                {t("table")}
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === "graph"}
                onClick={() => consoleStore.update((s) => setResultView(s, "graph"))}
                data-testid="result-graph-tab"
              >
                {t("graph")} ({result.graph.nodes.length})
              </button>
              {result.graph.nodes.length > 0 && (
                <button type="button" onClick={() => addResultToMain(result.graph)} data-testid="add-to-canvas">
                  {t("addToCanvas")}
                </button>
              )}
            </div>
            {view === "table" && <ResultsTable result={result} />}
            {view === "graph" && result.graph.nodes.length > 0 && <ResultGraph graph={result.graph} />}
            {view === "graph" && result.graph.nodes.length === 0 && <p className="muted">{t("noGraphInRows")}</p>}
          </div>
        )}
      </div>
      <ConsoleSidebar onPick={pick} />
    </ConsoleFrame>
  );
}
