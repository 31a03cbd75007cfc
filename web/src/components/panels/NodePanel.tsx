/** Details of a person or document (or any node without a drill-down): properties and neighbours by relationship. */
import { provenanceAt } from "../../../../cypher/fact-provenance";
import type { ApiGraph, EvidenceItem, NodeResponse } from "../../../shared/api-types";
import { isStringKey, type StringKey } from "../../i18n";
import { isDocumentKind } from "../../../../cypher/model";
import { documentKindName } from "../../i18n-model";
import { useT, useView } from "../../state/view/store";
import { EvidenceList } from "./EvidenceList";
import { NodeLink } from "./NodeLink";

function display(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join("、");
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

/** A relationship's evidence with its method and confidence (missing lists: unknown, see cypher/fact-provenance.ts). */
function edgeEvidence(props: Record<string, unknown>): EvidenceItem[] {
  const texts = Array.isArray(props.evidence) ? props.evidence : [];
  const docs = Array.isArray(props.evidenceDocIds) ? props.evidenceDocIds : Array.isArray(props.docIds) ? props.docIds : [];
  return texts.flatMap((text: unknown, i) =>
    typeof text === "string" ? [{ text, docId: String(docs[i] ?? docs[0] ?? ""), ...provenanceAt(props.extractedBy, props.confidence, i) }] : [],
  );
}

/** Shown elsewhere (title, names) or bookkeeping of the loader (hashes, whether ingested). */
const HIDDEN_PROPS = new Set(["id", "name", "aliases", "nameEn", "sha256", "extractionSha256", "origin", "source"]);

export function NodePanel({ node, neighbours }: { node: NodeResponse["node"]; neighbours: ApiGraph | null }) {
  const t = useT();
  const lang = useView((s) => s.uiLang);
  // A boolean flag reads as a sentence ("title derived from the opening"), a genre by its name in the UI's language.
  const shown = (k: string, v: unknown): string => (k === "kind" && isDocumentKind(v) ? documentKindName(lang, v) : k === "titleDerived" ? t("titleDerivedHint") : display(v));
  const props = Object.entries(node.properties).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== "" && v !== false);
  const names = new Map(neighbours?.nodes.map((n) => [n.key, n.attributes.name]) ?? []);
  const edges = (neighbours?.edges ?? []).filter((e) => e.source === node.id || e.target === node.id);
  const byType = new Map<string, typeof edges>();
  for (const e of edges) byType.set(e.attributes.type, [...(byType.get(e.attributes.type) ?? []), e]);

  return (
    <div className="node-panel" data-testid="node-panel">
      {props.length > 0 && (
        <dl className="props">
          {props.map(([k, v]) => (
            <div key={k}>
              <dt>{k === "titleDerived" ? t("titleDerived") : isStringKey(`prop_${k}`) ? t(`prop_${k}` as StringKey) : k}</dt>
              <dd>{shown(k, v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {[...byType.entries()].map(([type, list]) => (
        <section key={type}>
          <h3>
            {isStringKey(`type_${type}`) ? t(`type_${type}` as StringKey) : type} ({list.length})
          </h3>
          <ul className="plain-list">
            {list.slice(0, 60).map((e) => {
              const other = e.source === node.id ? e.target : e.source;
              const evidence = edgeEvidence(e.attributes.properties);
              const title = typeof e.attributes.properties.title === "string" ? e.attributes.properties.title : "";
              return (
                <li key={e.key}>
                  {e.source === node.id ? "→ " : "← "}
                  <NodeLink id={other} name={names.get(other) ?? other} /> <span className="muted">{title}</span>
                  {e.attributes.year !== undefined && <span className="year-tag">{e.attributes.year}</span>}
                  {evidence.length > 0 && (
                    <details>
                      <summary>{t("evidence")}</summary>
                      <EvidenceList items={evidence} terms={[node.name, names.get(other) ?? "", title]} />
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
