/** Text of a result cell: nodes and relationships by name/type, other values as JSON. */
import { isRecord } from "../../api/errors";

/** The node id of a result value the API sent as a node ({ id, label(s), properties }), else null. */
export function nodeIdOf(value: unknown): string | null {
  if (!isRecord(value) || typeof value.id !== "string" || value.type !== undefined) return null;
  return typeof value.label === "string" || Array.isArray(value.labels) ? value.id : null;
}

/** The node a row stands for: the first node value in it. */
export function rowNodeId(row: readonly unknown[]): string | null {
  for (const v of row) {
    const id = nodeIdOf(v);
    if (id !== null) return id;
  }
  return null;
}

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
