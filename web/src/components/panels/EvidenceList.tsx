/** Evidence sentences with their document; matched words are <mark> text nodes (never HTML from data). */
import type { EvidenceItem } from "../../../shared/api-types";
import { splitHighlights } from "../../graph/highlight";
import { NodeLink } from "./NodeLink";

export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {splitHighlights(text, terms).map((seg, i) => (seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
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
            — <NodeLink id={e.docId} name={e.docTitle ?? e.docId} />
          </div>
        </li>
      ))}
    </ul>
  );
}
