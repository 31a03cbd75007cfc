/** The words of a data-change notice in the UI language: a summary line and a few titles per kind of change. */
import type { DocumentRef } from "../../../shared/api-types";
import { translate, type StringKey, type UiLang } from "../../i18n";
import type { DataChangeNotice } from "./types";

/** Titles listed per kind of change; the rest is counted ("and 4 more"), so the notice stays a few lines. */
export const MAX_TITLES = 3;

export type ChangeKind = "added" | "removed" | "changed";

export interface ChangeGroup {
  kind: ChangeKind;
  label: string;
  titles: string[];
  /** Documents of this kind not listed by title, with the words for them ("" when none). */
  more: string;
}

export interface DataChangeText {
  summary: string;
  groups: ChangeGroup[];
}

const KEYS: Record<ChangeKind, { count: StringKey; label: StringKey }> = {
  added: { count: "dataAddedCount", label: "dataAdded" },
  removed: { count: "dataRemovedCount", label: "dataRemoved" },
  changed: { count: "dataChangedCount", label: "dataChangedDocs" },
};

function fill(template: string, n: number): string {
  return template.replace("{n}", String(n));
}

/** Summary and groups for a notice; kinds with no document are left out of both. */
export function describeDataChange(lang: UiLang, notice: DataChangeNotice): DataChangeText {
  if (notice.kind === "unknown") return { summary: translate(lang, "dataChangedUnknown"), groups: [] };
  const lists: [ChangeKind, DocumentRef[]][] = [
    ["added", notice.changes.added],
    ["removed", notice.changes.removed],
    ["changed", notice.changes.changed],
  ];
  const present = lists.filter(([, docs]) => docs.length > 0);
  const counts = present.map(([kind, docs]) => fill(translate(lang, KEYS[kind].count), docs.length));
  const summary = `${translate(lang, "dataChanged")} — ${translate(lang, "dataDocsLead")}${counts.join(translate(lang, "dataListSeparator"))}`;
  const groups = present.map(([kind, docs]): ChangeGroup => {
    const rest = docs.length - MAX_TITLES;
    return { kind, label: translate(lang, KEYS[kind].label), titles: docs.slice(0, MAX_TITLES).map((d) => d.title), more: rest > 0 ? fill(translate(lang, "dataMore"), rest) : "" };
  });
  return { summary, groups };
}
