/** Evidence sentences with their document and how they were read; matched words are <mark> text nodes (never HTML from data). */
import type { EvidenceItem } from "../../../shared/api-types";
import { useState } from "react";
import { citationOf } from "../../graph/citation";
import { splitHighlights } from "../../graph/highlight";
import { provenanceText } from "../../i18n-model";
import { useT, useView } from "../../state/view/store";
import { NodeLink } from "./NodeLink";

export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {splitHighlights(text, terms).map((seg, i) => (seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
    </>
  );
}

/** How the sentence was read and how sure the extraction is ("主语明确 · 0.90"); nothing when unknown. */
function ProvenanceBadge({ item }: { item: EvidenceItem }) {
  const t = useT();
  const lang = useView((s) => s.uiLang);
  const text = provenanceText(lang, item);
  if (text === null) return null;
  return (
    <span className="provenance-badge" title={t("provenanceHint")} data-testid="evidence-method" data-method={item.method}>
      {text}
    </span>
  );
}

/** Copies the sentence's citation (document, issuer, date, number, sentence, offsets); shows it where the clipboard is refused. */
function CiteButton({ item }: { item: EvidenceItem }) {
  const t = useT();
  const lang = useView((s) => s.uiLang);
  const [state, setState] = useState<"idle" | "copied" | "shown">("idle");
  const citation = citationOf(item, lang);
  const copy = () =>
    navigator.clipboard.writeText(citation).then(
      () => setState("copied"),
      () => setState("shown"),
    );
  return (
    <>
      <button type="button" className="link cite" onClick={() => void copy()} data-testid="cite" data-citation={citation} title={t("citeHint")}>
        {state === "copied" ? t("citeCopied") : t("cite")}
      </button>
      {state === "shown" && <input className="citation-text" readOnly value={citation} onFocus={(e) => e.target.select()} autoFocus aria-label={t("cite")} />}
    </>
  );
}

export function EvidenceList({ items, terms }: { items: readonly EvidenceItem[]; terms: readonly string[] }) {
  return (
    <ul className="evidence-list" data-testid="evidence-list">
      {items.map((e, i) => (
        <li key={`${e.docId}-${i}`} data-testid="evidence-item">
          <blockquote>
            <HighlightedText text={e.text} terms={terms} />
          </blockquote>
          <div className="evidence-doc">
            — <NodeLink id={e.docId} name={e.docTitle ?? e.docId} /> <ProvenanceBadge item={e} /> <CiteButton item={e} />
          </div>
        </li>
      ))}
    </ul>
  );
}
