/** The lists of a drill-down: people, posts, collaborators, part-of links, documents that mention the entity. */
import { useState, type ReactNode } from "react";
import type { DrillDownResponse, EvidenceItem } from "../../../shared/api-types";
import { useT } from "../../state/view/store";
import { EvidenceList } from "./EvidenceList";
import { NodeLink } from "./NodeLink";

const PREVIEW = 12;

/** One fact in a list: what it says (children), its year, and its evidence sentences folded away. */
function FactItem({ children, year, evidence, terms }: { children: ReactNode; year?: number; evidence: readonly EvidenceItem[]; terms: string[] }) {
  const t = useT();
  return (
    <li>
      {children}
      {year !== undefined && <span className="year-tag">{year}</span>}
      {evidence.length > 0 && (
        <details>
          <summary>{t("evidence")}</summary>
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

export function PeopleList({ people, terms }: { people: DrillDownResponse["people"]; terms: string[] }) {
  const t = useT();
  if (people.length === 0) return null;
  return (
    <ListSection heading={t("peopleAndPosts")} testId="people">
      {people.map((p, i) => (
        <FactItem key={`${p.id}-${i}`} year={p.year} evidence={p.evidence} terms={[...terms, p.name, p.title]}>
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
        <FactItem key={c.id} evidence={c.evidence} terms={[...terms, c.name]}>
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

export function PostList({ posts, terms }: { posts: NonNullable<DrillDownResponse["posts"]>; terms: string[] }) {
  const t = useT();
  if (posts.length === 0) return null;
  return (
    <ListSection heading={t("posts")} testId="posts">
      {posts.map((p, i) => (
        <FactItem key={`${p.id}-${i}`} year={p.year} evidence={p.evidence} terms={[...terms, p.name, p.title]}>
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
