/** Which entities are organisations: the labels that can own a program, employ an official or collaborate. */
import { ORG_LABELS, type NodeLabel, type OrgLabel } from "../../cypher/model";
import type { Mention } from "./extraction-types";

const ORGS: ReadonlySet<NodeLabel> = new Set(ORG_LABELS);

/** True for Ministry, Bureau and Organization (cypher/model's ORG_LABELS), so every stage draws the line in one place. */
export function isOrgLabel(label: NodeLabel): label is OrgLabel {
  return ORGS.has(label);
}

/** A mention of a ministry, bureau or other organisation: the candidates for subjects, owners and partners. */
export function isOrg(m: Mention): boolean {
  return isOrgLabel(m.entity.label);
}
