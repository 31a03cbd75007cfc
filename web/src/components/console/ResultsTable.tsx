/** The console's table view, with CSV export of exactly what it shows. */
import type { CypherResponse } from "../../../shared/api-types";
import { toCsv } from "../../graph/csv";
import { download, stamp } from "../../graph/export";
import { useT } from "../../state/view/store";
import { cellText } from "./cell-text";

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
        {result.truncated && <span className="warn">{t("truncated")}</span>}
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
            {result.rows.map((row, i) => (
              <tr key={i}>
                {row.map((v, j) => (
                  <td key={j}>{cellText(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
