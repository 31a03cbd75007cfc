/**
 * Reorganisations from the gazetteer's `successors`: who became whom, when and how, looked up both ways.
 * Built once with the gazetteer; a successor that names no entry stops loading with a GazetteerError.
 */
import type { SuccessionKind } from "../../cypher/model";
import type { GazetteerEntry } from "./load-gazetteer";

export interface Succession {
  from: GazetteerEntry;
  to: GazetteerEntry;
  year: number;
  kind: SuccessionKind;
  source: string;
}

export interface Lineage {
  /** entryKey → the successions out of that entry (what it became). */
  successorsOf: Map<string, Succession[]>;
  /** entryKey → the successions into that entry (what it came from). */
  predecessorsOf: Map<string, Succession[]>;
}

/** A successor that names no entry (load-gazetteer reports it as a GazetteerError). */
export class LineageError extends Error {
  override readonly name = "LineageError";
}

const keyOf = (entry: GazetteerEntry) => `${entry.label}:${entry.name}`;

/** A successor is named by its canonical name; one of the same label wins, else the only entry of that name. */
function findSuccessor(name: string, from: GazetteerEntry, byKey: ReadonlyMap<string, GazetteerEntry>, byName: ReadonlyMap<string, GazetteerEntry[]>): GazetteerEntry {
  const sameLabel = byKey.get(`${from.label}:${name}`);
  if (sameLabel) return sameLabel;
  const named = byName.get(name) ?? [];
  if (named.length === 1 && named[0]) return named[0];
  throw new LineageError(`gazetteer: ${from.name}'s successor ${name} is ${named.length === 0 ? "no entry" : "ambiguous (several labels)"}`);
}

export function buildLineage(entries: readonly GazetteerEntry[], byKey: ReadonlyMap<string, GazetteerEntry>): Lineage {
  const byName = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
  const successorsOf = new Map<string, Succession[]>();
  const predecessorsOf = new Map<string, Succession[]>();
  for (const from of entries) {
    for (const step of from.successors) {
      const to = findSuccessor(step.name, from, byKey, byName);
      const succession: Succession = { from, to, year: step.year, kind: step.kind, source: step.source };
      successorsOf.set(keyOf(from), [...(successorsOf.get(keyOf(from)) ?? []), succession]);
      predecessorsOf.set(keyOf(to), [...(predecessorsOf.get(keyOf(to)) ?? []), succession]);
    }
  }
  return { successorsOf, predecessorsOf };
}

/**
 * Every succession connected to the entry, both ways and transitively (its whole family tree), each once.
 * The graph gets all of them when a document names any member, so a chain is never cut in the middle.
 */
export function connectedSuccessions(entry: GazetteerEntry, lineage: Lineage): Succession[] {
  const seen = new Set<string>([keyOf(entry)]);
  const found = new Set<Succession>();
  const queue = [keyOf(entry)];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const s of [...(lineage.successorsOf.get(key) ?? []), ...(lineage.predecessorsOf.get(key) ?? [])]) {
      found.add(s);
      for (const next of [keyOf(s.from), keyOf(s.to)]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return [...found];
}

/**
 * The body in force in `year` for a name: followed through renames and mergers whose year is at most
 * `year` (a split has no single heir, so the name stays). Without a year the name stays.
 */
export function entryInForce(entry: GazetteerEntry, year: number | undefined, lineage: Lineage): GazetteerEntry {
  if (year === undefined) return entry;
  let current = entry;
  for (let hops = 0; hops < 10; hops++) {
    const steps = lineage.successorsOf.get(keyOf(current)) ?? [];
    const [only] = steps;
    if (steps.length !== 1 || !only || only.kind === "split" || only.year > year) return current;
    current = only.to;
  }
  return current;
}
