/** The CodeMirror 6 Cypher editor (highlighting, schema-aware completion), run with Ctrl/Cmd+Enter. */
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import { useMemo } from "react";
import { runQuery, useConsole } from "../../state/console/store";
import { updateView, useT, viewStore } from "../../state/view/store";
import { setConsoleQuery } from "../../state/view/transitions";

/** `value` changes only when the text is set from outside (an example, the history): typing does not re-feed it. */
export function CypherInput({ value }: { value: string }) {
  const t = useT();
  const schema = useConsole((s) => s.schema);
  const status = useConsole((s) => s.status);
  const editorSchema = useMemo(
    () => (schema ? { labels: schema.labels, relationshipTypes: schema.relationshipTypes, propertyKeys: schema.propertyKeys } : undefined),
    [schema],
  );
  const run = () => void runQuery(viewStore.get().consoleQuery);
  return (
    <div className="cypher-input" data-testid="cypher-editor">
      <CypherEditor
        value={value}
        schema={editorSchema}
        lineNumbers
        autofocus
        // Fixed tooltips: the completion list must not be clipped by the editor's scrolling box.
        tooltipAbsolute={false}
        placeholder="MATCH (b:Bureau)-[r:OWNS]->(p:Program) RETURN b, r, p LIMIT 25"
        onValueChanged={(v: string) => updateView((s) => setConsoleQuery(s, v))}
        onKeyDown={(e: KeyboardEvent) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            run();
          }
        }}
      />
      {/* Never disabled: running again replaces a query still in flight. */}
      <button type="button" className="primary run" onClick={run} data-testid="run-query" aria-busy={status === "loading"}>
        {status === "loading" ? t("runAgain") : t("run")}
      </button>
      {status === "loading" && (
        <span className="muted run-status" role="status" data-testid="console-running">
          {t("running")}
        </span>
      )}
    </div>
  );
}
