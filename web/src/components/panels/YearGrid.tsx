/** A years-across, rows-down grid (programs of a bureau, owners of a program); each filled cell opens its evidence. */
import { gridToCsv } from "../../graph/csv";
import { download, stamp } from "../../graph/export";
import { useT } from "../../state/view/store";
import { NodeLink } from "./NodeLink";
import { cellMark, type CellMarks } from "./reviewed-drill";

export interface GridRow {
  id: string;
  name: string;
  /** year → fact count */
  cells: ReadonlyMap<number, number>;
  /** year → the names that owned the cell, when the grid merges predecessors (shown in the cell). */
  owners?: ReadonlyMap<number, readonly string[]>;
}

export interface YearGridProps {
  caption: string;
  rowHeader: string;
  years: readonly number[];
  rows: readonly GridRow[];
  active?: { rowId: string; year: number } | null;
  onCell?: (rowId: string, year: number) => void;
  /** Base of the CSV file's name (e.g. the entity's name). */
  exportName: string;
  /** What a cell's number means: sentence counts, or (marks) only that a fact exists in that year. */
  legend: "sentences" | "marks";
  /** Reviewed cells (confirmed, rejected: struck through, added by hand), by cellMark(row, year). */
  reviews?: CellMarks;
}

export function YearGrid({ caption, rowHeader, years, rows, active, onCell, exportName, legend, reviews }: YearGridProps) {
  const t = useT();
  const exportCsv = () =>
    download(`miit-${exportName}-${caption}-${stamp()}.csv`, gridToCsv(rowHeader, years, rows), "text/csv;charset=utf-8");
  return (
    <div className="grid-scroll">
      <table className="year-grid" data-testid="year-grid">
        <caption>
          <div className="grid-tools">
            <span>{caption}</span>
            <span className="grid-legend" data-testid="grid-legend">
              {legend === "marks" ? t("gridMarksLegend") : t("gridLegend")}
            </span>
            <button type="button" onClick={exportCsv} data-testid="export-grid-csv">
              {t("exportCsv")}
            </button>
          </div>
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {years.map((y) => (
              <th scope="col" key={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row-id={row.id} data-row-name={row.name}>
              <th scope="row">
                <NodeLink id={row.id} name={row.name} />
              </th>
              {years.map((y) => {
                const count = row.cells.get(y);
                if (count === undefined) return <td key={y} />;
                const isActive = active?.rowId === row.id && active.year === y;
                const review = reviews?.get(cellMark(row.id, y));
                const owners = row.owners?.get(y);
                const by = owners ? ` · ${t("ownedBy")} ${owners.join("、")}` : "";
                return (
                  <td key={y}>
                    <button
                      type="button"
                      className={`cell${isActive ? " active" : ""}${review ? ` review-${review}` : ""}`}
                      aria-pressed={isActive}
                      aria-label={`${row.name} ${y}: ${count}${by}`}
                      title={legend === "marks" ? `${row.name} · ${y}${by}` : `${row.name} · ${y} · ${count} ${t("sentences")}${by}`}
                      onClick={() => onCell?.(row.id, y)}
                      data-testid={`grid-cell-${row.name}-${y}`}
                      data-year={y}
                      data-owned-by={owners?.join("、")}
                      data-review={review}
                    >
                      {legend === "marks" ? "●" : count}
                      {owners && <span className="cell-owner">{owners.join("、")}</span>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
