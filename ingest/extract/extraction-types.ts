/** Types passed between the extraction stages (sections → mentions → facts → graph). Types only. */
import type { DocumentKind, ExtractionMethod, NodeLabel } from "../../cypher/model";

/** An entity as the stages refer to it before ids exist: label + canonical name. */
export interface EntityRef {
  label: NodeLabel;
  name: string;
}

/** What the document says about itself. */
export interface DocumentMeta {
  title: string;
  /** The page has no headline: the title was made from its opening. */
  titleDerived?: boolean;
  date?: string;
  year?: number;
  issuer?: string;
  docNumber?: string;
  /** The genre, read from the title and opening. */
  kind: DocumentKind;
  /** The org that speaks for the whole document (a ministry work report), if any. */
  owner?: EntityRef;
}

/** A line of the text with the context it stands in. */
export interface Section {
  start: number;
  end: number;
  text: string;
  kind: "heading" | "byline" | "caption" | "body";
  /** The org whose work the line describes (a department section, a ministry report). */
  owner?: EntityRef;
  /** How the owner was found: a heading, byline or speaker line, or the document as a whole. */
  ownerMethod?: ExtractionMethod;
  /** The year the line's actions belong to. */
  year?: number;
}

/** A sentence with offsets into the normalised text and its section's context. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  owner?: EntityRef;
  /** How the owner was found (its own subject, the topic chain, its section, the document). */
  ownerMethod?: ExtractionMethod;
  /** Further owners when several orgs act together ("工业和信息化部、财政部决定…"). */
  coOwners?: EntityRef[];
  year?: number;
  /** The text states the year (a heading, a leading year, 今年以来); otherwise it is the document's own. */
  yearStated?: boolean;
}

export type MentionSource = "gazetteer" | "quote" | "title" | "suffix" | "person" | "region" | "document";

/** A span of the text naming an entity. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  entity: EntityRef;
  source: MentionSource;
  /** Extra names the entity is known by (e.g. “宽带中国”战略 for 宽带中国). */
  aliases?: string[];
}

/** A person's post: "工业和信息化部规划司司长 罗文". */
export interface PostFact {
  person: string;
  org: EntityRef;
  title: string;
  sentence: Sentence;
  method: ExtractionMethod;
}

/** OWNS or COLLABORATES, one per sentence; merging later groups them by (from, to, year). */
export interface DatedFact {
  type: "OWNS" | "COLLABORATES";
  from: EntityRef;
  to: EntityRef;
  year?: number;
  sentence: Sentence;
  method: ExtractionMethod;
}

/** An entity of the document after resolution: every surface form seen, how often. */
export interface ResolvedEntity {
  ref: EntityRef;
  names: string[];
  count: number;
  nameEn?: string;
  kind?: string;
  category?: string;
  partOf?: string;
}
