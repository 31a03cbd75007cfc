/**
 * The department responsible for one item of a plan: "…。（装备工业一司，相关行业协会）" at the end
 * of the item, or the "牵头司局" cell of a table row. It owns that item only, never what follows.
 */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef } from "../extraction-types";

interface Line {
  text: string;
}

/**
 * "…。（装备工业一司，相关行业协会）" closing an item: the first unit named is the responsible one.
 * It stands after the item's last sentence; "报送工业和信息化部（财务司）" only glosses an address.
 */
const TRAILING_UNITS = /[。；;][（(](?:牵头(?:单位|部门|司局)?[:：]?)?([^（()）]{2,60})[)）]\s*[。；;]?\s*$/;
const UNIT_SEPARATORS = /[，,、;；\s]+/;
/** A table cell written one per line ("规划司 |"), as pages' tables come out of many converters. */
const CELL_LINE = /^\s*([^|]*?)\s*\|\s*$/;
/** The first cell of a row: its number in the table ("3 |", "3"). */
const ROW_NUMBER = /^\d{1,3}$/;

/** The department a piece of text names and nothing else (spaces a table wrapped it with ignored). */
function departmentNamed(text: string, gazetteer: Gazetteer): EntityRef | undefined {
  const entry = gazetteer.bySurface.get(text.replace(/\s+/g, ""));
  return entry?.label === "Bureau" ? { label: "Bureau", name: entry.name } : undefined;
}

function trailingUnit(line: string, gazetteer: Gazetteer): EntityRef | undefined {
  const units = TRAILING_UNITS.exec(line)?.[1];
  const first = units?.split(UNIT_SEPARATORS).find((u) => u.length > 0);
  return first === undefined ? undefined : departmentNamed(first, gazetteer);
}

/** The cells of a row written on one line ("| 3 | 钢铁去产能规模 | 原材料工业司 |"), if it is one. */
function rowCells(line: string): string[] | undefined {
  const cells = line.split("|").map((c) => c.trim());
  return cells.filter((c) => c.length > 0).length >= 3 ? cells : undefined;
}

/**
 * Tables with a responsible-department column: each row is owned by the department in its cells.
 * Rows are single lines with several cells, or runs of one-cell lines that start at a row number.
 */
function tableOwners(lines: Line[], gazetteer: Gazetteer, owners: Array<EntityRef | undefined>): void {
  const cues = gazetteer.lexicon.responsibleColumnCues;
  let inTable = false;
  let rowStart = -1;
  const closeRow = (end: number): void => {
    if (rowStart < 0) return;
    const cells = lines.slice(rowStart, end).map((l) => CELL_LINE.exec(l.text)?.[1] ?? "");
    const owner = cells.map((c) => departmentNamed(c, gazetteer)).find((o) => o !== undefined);
    for (let k = rowStart; k < end; k++) owners[k] ??= owner;
    rowStart = -1;
  };
  for (const [i, line] of lines.entries()) {
    if (cues.some((cue) => line.text.replace(/\s+/g, "").includes(cue))) {
      closeRow(i);
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    const cells = rowCells(line.text);
    if (cells) {
      closeRow(i);
      owners[i] ??= cells.map((c) => departmentNamed(c, gazetteer)).find((o) => o !== undefined);
      continue;
    }
    const cell = CELL_LINE.exec(line.text)?.[1];
    if (cell === undefined) {
      closeRow(i);
      inTable = line.text.trim() === "";
      continue;
    }
    if (ROW_NUMBER.test(cell)) {
      closeRow(i);
      rowStart = i;
    }
  }
  closeRow(lines.length);
}

/** Input: the document's lines and the gazetteer. Output: per line, the department responsible for the item it belongs to, if stated. */
export function itemOwners(lines: Line[], gazetteer: Gazetteer): Array<EntityRef | undefined> {
  const owners: Array<EntityRef | undefined> = lines.map((l) => trailingUnit(l.text, gazetteer));
  tableOwners(lines, gazetteer, owners);
  return owners;
}
