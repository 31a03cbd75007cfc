/** Colours and sizes by label and relationship type, shared by the main canvas, the console graph and the legend. */
import type { NodeLabel, RelationshipType } from "../../../cypher/model";

export const LABEL_COLORS: Record<NodeLabel, string> = {
  Ministry: "#c0392b",
  Bureau: "#2266bb",
  Organization: "#8e44ad",
  Program: "#1e9c5a",
  Person: "#e67e22",
  Document: "#7f8c8d",
};

export const TYPE_COLORS: Record<RelationshipType, string> = {
  OWNS: "#3aa876",
  HOLDS: "#f0a35e",
  COLLABORATES: "#a77bca",
  PART_OF: "#8899aa",
  MENTIONS: "#d9dde2",
  CITES: "#b9c0c8",
  ISSUED_BY: "#b0b8c0",
  SUCCEEDED_BY: "#5d6d7e",
};

/** FA2 weight by type: documents mention everything, so MENTIONS must not dominate the picture. */
export const TYPE_WEIGHTS: Record<RelationshipType, number> = {
  OWNS: 1,
  HOLDS: 1,
  COLLABORATES: 0.8,
  PART_OF: 1.5,
  MENTIONS: 0.08,
  CITES: 0.2,
  ISSUED_BY: 0.3,
  SUCCEEDED_BY: 1.2,
};

export const TYPE_SIZES: Record<RelationshipType, number> = {
  OWNS: 1.6,
  HOLDS: 1.2,
  COLLABORATES: 1.2,
  PART_OF: 1.4,
  MENTIONS: 0.5,
  CITES: 0.6,
  ISSUED_BY: 0.6,
  SUCCEEDED_BY: 1.4,
};

/** "Compare years": added, removed and kept programs (or owners) of the selected node. */
export const DIFF_COLORS = { added: "#27ae60", removed: "#e74c3c", kept: "#2e86de" } as const;

/** A fact an analyst rejected, drawn only when "show rejected" is on. */
export const REJECTED_EDGE_COLOR = "#e6a6a0";

export const DIMMED_NODE_COLOR = "#cfd5dc";
export const DIMMED_EDGE_COLOR = "#eceef1";
/** The edges of a found path (GET /api/paths): a colour no relationship type uses. */
export const PATH_EDGE_COLOR = "#e8412c";

/** Node size from degree: readable small nodes, hubs bounded. */
export function sizeForDegree(degree: number): number {
  return Math.min(22, 3 + 2.2 * Math.sqrt(degree));
}

/** The CJK-capable font stack for canvas labels and the page. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';
