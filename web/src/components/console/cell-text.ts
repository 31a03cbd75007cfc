/** Text of a result cell: nodes and relationships by name/type, other values as JSON. */
import { isRecord } from "../../api/errors";

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (isRecord(value)) {
    const props = isRecord(value.properties) ? value.properties : value;
    if (typeof props.name === "string") {
      const label = typeof value.label === "string" ? value.label : Array.isArray(value.labels) ? String(value.labels[0]) : "";
      return label ? `(${label}) ${props.name}` : props.name;
    }
    if (typeof value.type === "string" && (value.start !== undefined || value.source !== undefined)) {
      const year = typeof props.year === "number" ? ` ${props.year}` : "";
      return `[:${value.type}${year}]`;
    }
  }
  return JSON.stringify(value);
}
