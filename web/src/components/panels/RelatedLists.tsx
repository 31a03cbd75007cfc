/** The lists of a drill-down: people, posts, collaborators, part-of links, documents that mention the entity. */
import { useState, type ReactNode } from "react";
import type { DrillDownResponse, EvidenceItem } from "../../../shared/api-types";
import { useT } from "../../state/view/store";
import { useReviews } from "../../state/reviews/store";
import { reviewOf } from "../../state/reviews/transitions";
import { EvidenceList } from "./EvidenceList";
import { ReviewBar, type ReviewedFact } from "./ReviewBar";
import { NodeLink } from "./NodeLink";

const PREVIEW = 12;

interface FactItemProps {
  children: ReactNode;
  year?: number;
  evidence: readonly EvidenceItem[];
  terms: string[];
  /** The facts the item stands for, to review; an item whose facts are all rejected is hidden (or struck through). */
  facts?: readonly ReviewedFact[];
}

/** One fact in a list: what it says (children), its year, and its evidence sentences and review folded away. */
function FactItem({ children, year, evidence, terms, facts = [] }: FactItemProps) {
  const t = useT();
  const reviews = useReviews((s) => s);
  const statuses = facts.map((f) => reviewOf(reviews, f.type, f.start, f.end, f.year, f.title)?.status);
  const rejected = statuses.length > 0 && statuses.every((s) => s === "rejected");
  if (rejected && !reviews.showRejected) return null;
  return (
    <li className={rejected ? "review-rejected" : undefined} data-review={rejected ? "rejected" : statuses.find((s) => s !== undefined)}>
      {children}
      {year !== undefined && <span className="year-tag">{year}</span>}
      {(evidence.length > 0 || facts.length > 0) && (
        <details>
          <summary>{t("evidence")}</summary>
          {facts.map((f) => (
            <div key={`${f.start}|${f.end}|${f.year ?? ""}|${f.title ?? ""}`}>
              {facts.length > 1 && <span className="year-tag">{f.year}</span>}
              <ReviewBar fact={f} />
            </div>
          ))}
          <EvidenceList items={[...evidence]} terms={terms} />
        </details>
      )}
    </li>
  );
}

/** A titled list section of the drill-down. */
function ListSection({ heading, testId, children }: { heading: string; testId: string; children: ReactNode }) {
  return (
    <section data-testid={testId}>
      <h3>{heading}</h3>
      <ul className="plain-list">{children}</ul>
    </section>
  );
}

function useShowAll(count: number): [boolean, () => void, boolean] {
  const [all, setAll] = useState(false);
  return [all, () => setAll(true), count > PREVIEW && !all];
}

export function PeopleList({ people, terms, nodeId }: { people: DrillDownResponse["people"]; terms: string[]; nodeId: string }) {
  const t = useT();
  if (people.length === 0) return null;
  return (
    <ListSection heading={t("peopleAndPosts")} testId="people">
      {people.map((p, i) => (
        <FactItem key={`${p.id}-${i}`} year={p.year} evidence={p.evidence} terms={[...terms, p.name, p.title]} facts={[{ type: "HOLDS", start: p.id, end: nodeId, year: p.year ?? null, title: p.title }]}>
          <NodeLink id={p.id} name={p.name} /> <span className="muted">{p.title}</span>
        </FactItem>
      ))}
    </ListSection>
  );
}

export function CollaboratorList({ collaborators, terms }: { collaborators: DrillDownResponse["collaborators"]; terms: string[] }) {
  const t = useT();
  if (collaborators.length === 0) return null;
  return (
    <ListSection heading={t("collaborators")} testId="collaborators">
      {collaborators.map((c) => (
        <FactItem key={c.id} evidence={c.evidence} terms={[...terms, c.name]} facts={(c.facts ?? []).map((f) => ({ type: "COLLABORATES", ...f }))}>
          <NodeLink id={c.id} name={c.name} /> <span className="muted">{c.years.join(", ")}</span>
        </FactItem>
      ))}
    </ListSection>
  );
}

export function DocumentList({ documents }: { documents: DrillDownResponse["documents"] }) {
  const t = useT();
  const [all, showAll, more] = useShowAll(documents.length);
  if (documents.length === 0) return null;
  return (
    <section data-testid="documents">
      <h3>{t("documents")}</h3>
      <ul className="plain-list">
        {(all ? documents : documents.slice(0, PREVIEW)).map((d) => (
          <li key={d.id}>
            <NodeLink id={d.id} name={d.name} /> <span className="muted">{d.date ?? d.year ?? ""}</span>
            <span className="count">×{d.count}</span>
          </li>
        ))}
      </ul>
      {more && (
        <button type="button" className="link" onClick={showAll}>
          +{documents.length - PREVIEW}
        </button>
      )}
    </section>
  );
}

export function PostList({ posts, terms, nodeId }: { posts: NonNullable<DrillDownResponse["posts"]>; terms: string[]; nodeId: string }) {
  const t = useT();
  if (posts.length === 0) return null;
  return (
    <ListSection heading={t("posts")} testId="posts">
      {posts.map((p, i) => (
        <FactItem key={`${p.id}-${i}`} year={p.year} evidence={p.evidence} terms={[...terms, p.name, p.title]} facts={[{ type: "HOLDS", start: nodeId, end: p.id, year: p.year ?? null, title: p.title }]}>
          <span className="muted">{p.title}</span> @ <NodeLink id={p.id} name={p.name} />
        </FactItem>
      ))}
    </ListSection>
  );
}

export function LinkList({ heading, links }: { heading: string; links: NonNullable<DrillDownResponse["partOf"]> }) {
  if (links.length === 0) return null;
  return (
    <section>
      <h3>{heading}</h3>
      <ul className="inline-list">
        {links.map((l) => (
          <li key={l.id}>
            <NodeLink id={l.id} name={l.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
