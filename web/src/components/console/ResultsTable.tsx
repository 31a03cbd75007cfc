/** The console's table view, with CSV export of exactly what it shows. */
import type { CypherResponse } from "../../../shared/api-types";
import { toCsv } from "../../graph/csv";
import { download, stamp } from "../../graph/export";
import { useT } from "../../state/view/store";
import { showNodeInMain } from "../../state/view/show-node";
import { cellText, nodeIdOf, rowNodeId } from "./cell-text";

export function ResultsTable({ result }: { result: CypherResponse }) {
  const t = useT();
  const exportCsv = () =>
    download(`miit-query-${stamp()}.csv`, toCsv(result.columns, result.rows.map((r) => r.map(cellText))), "text/csv;charset=utf-8");
  return (
    <div className="results-table">
      <div className="results-meta">
        <span data-testid="result-row-count">
          {result.rows.length} {t("rows")}
        </span>
        <span className="muted">{result.elapsedMs} ms</span>
        {result.truncated && <span className="warn">{t(result.truncatedBy === "bytes" ? "truncatedBytes" : "truncated")}</span>}
        <span className="muted">{t("rowSelectHint")}</span>
        <button type="button" onClick={exportCsv} data-testid="export-csv">
          {t("exportCsv")}
        </button>
      </div>
      <div className="table-scroll">
        <table data-testid="result-table">
          <thead>
            <tr>
              {result.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, i) => {
              const rowNode = rowNodeId(row);
              const pick = (v: unknown) => {
                const id = nodeIdOf(v) ?? rowNode;
                if (id !== null) void showNodeInMain(id);
              };
              return (
                <tr
                  key={i}
                  className={rowNode ? "clickable" : undefined}
                  data-node-id={rowNode ?? undefined}
                  title={rowNode ? t("rowSelectHint") : undefined}
                  data-testid="result-row"
                  // Reachable by Tab; Enter or Space selects the row's node, like a click on the row.
                  tabIndex={rowNode ? 0 : undefined}
                  onKeyDown={(e) => {
                    if (rowNode === null || (e.key !== "Enter" && e.key !== " ")) return;
                    e.preventDefault();
                    void showNodeInMain(rowNode);
                  }}
                >
                  {row.map((v, j) => (
                    <td key={j} onClick={() => pick(v)}>
                      {cellText(v)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
