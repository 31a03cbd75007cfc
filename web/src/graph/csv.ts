/** CSV for table exports: RFC 4180 quoting, formula defusing, a BOM for spreadsheet software. */

/** Quotes a CSV field when needed (RFC 4180) and defuses spreadsheet formulas. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document (CRLF line ends, UTF-8 BOM so that spreadsheet software reads Chinese correctly). */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [columns.map(csvField).join(","), ...rows.map((r) => r.map(csvField).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A years-across grid as CSV: one row per entity, one column per year, empty where there is no fact. */
export function gridToCsv(
  rowHeader: string,
  years: readonly number[],
  rows: readonly { name: string; cells: ReadonlyMap<number, number> }[],
): string {
  return toCsv(
    [rowHeader, ...years.map(String)],
    rows.map((r) => [r.name, ...years.map((y) => r.cells.get(y) ?? "")]),
  );
}
