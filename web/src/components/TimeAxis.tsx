/** The time axis: facts per year (from the database), a from/to range, play (one year per step) and what the range filters. */
import { useEffect, useState } from "react";
import { CONFIG } from "../config";
import { currentHistogram, useGraphData } from "../state/graph/store";
import { updateView, useT, useView } from "../state/view/store";
import { setHideEmptyNodes, setPlaying, setYearRange, stepYear } from "../state/view/transitions";
import type { YearRange } from "../state/view/types";

/**
 * A year box that takes effect once it holds a whole year in range (typing "2013" passes through "2", "20" …,
 * which must not move the range), on Enter, or on leaving the box; the spinner arrows act at once.
 */
function YearInput({ label, extent, value, onYear, testId }: { label: string; extent: YearRange; value: number; onYear: (y: number) => void; testId: string }) {
  const [draft, setDraft] = useState(String(value));
  // A range set elsewhere (bars, play, a link) replaces the draft: React's "adjust state on a prop change".
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const inRange = (text: string) => /^\d{4}$/.test(text) && Number(text) >= extent[0] && Number(text) <= extent[1];
  const commit = () => {
    if (/^\d+$/.test(draft)) onYear(Number(draft));
    else setDraft(String(value));
  };
  return (
    <label className="year-input">
      {label}
      <input
        type="number"
        min={extent[0]}
        max={extent[1]}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (inRange(e.target.value)) onYear(Number(e.target.value));
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
        data-testid={testId}
      />
    </label>
  );
}

/** States what the range filters, with the option to hide programs and people left without facts in it. */
function RangeNote() {
  const t = useT();
  const hideEmpty = useView((s) => s.hideEmptyNodes);
  return (
    <div className="range-note" data-testid="range-note">
      <span title={t("rangeExplainLong")}>ⓘ {t("rangeExplain")}</span>
      <label>
        <input type="checkbox" checked={hideEmpty} onChange={(e) => updateView((s) => setHideEmptyNodes(s, e.target.checked))} data-testid="hide-empty" />
        {t("hideEmptyNodes")}
      </label>
    </div>
  );
}

/** Play skips the years without facts (data from 2017 and 2024 leaves 2018–2023 empty). */
function yearsWithFacts(): number[] {
  return currentHistogram()
    .bins.filter((b) => b.count > 0)
    .map((b) => b.year);
}

export function TimeAxis() {
  const t = useT();
  useGraphData((s) => s.version);
  useGraphData((s) => s.serverYears);
  const { bins, canvas, extent, fromServer } = currentHistogram();
  const range = useView((s) => s.yearRange);
  const playing = useView((s) => s.playing);

  useEffect(() => {
    if (!playing || !extent) return;
    const timer = setInterval(() => updateView((s) => stepYear(s, extent, yearsWithFacts())), CONFIG.playStepMs);
    return () => clearInterval(timer);
  }, [playing, extent]);

  if (!extent) return null;
  const [from, to] = range ?? extent;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const clamp = (y: number) => Math.min(extent[1], Math.max(extent[0], Number.isFinite(y) && y > 0 ? y : extent[0]));
  const setRange = (a: number, b: number) => updateView((s) => setYearRange(s, [clamp(a), clamp(b)], extent));
  const togglePlay = () =>
    updateView((s) => (s.playing ? setPlaying(s, false) : stepYear(setPlaying({ ...s, yearRange: null }, true), extent, yearsWithFacts())));
  const barTitle = (year: number, count: number) =>
    `${fromServer ? `${year}: ${count} · ${t("inCanvas")} ${canvas.get(year) ?? 0}` : `${year}: ${count}`} (${t("barShiftHint")})`;

  return (
    <div className="time-axis-wrap">
      <section className="time-axis" aria-label={t("years")} data-testid="time-axis" data-source={fromServer ? "server" : "canvas"}>
        <button type="button" className="play" onClick={togglePlay} aria-pressed={playing} data-testid="play">
          {playing ? `❚❚ ${t("pause")}` : `▶ ${t("play")}`}
        </button>
        <div className="histogram" title={fromServer ? t("yearsFromDb") : t("factsPerYear")}>
          {bins.map((b) => (
            <button
              type="button"
              key={b.year}
              className={b.year >= from && b.year <= to ? "bar in" : "bar"}
              // A click shows that one year; Shift+click stretches the range to it.
              onClick={(e) => (e.shiftKey ? setRange(Math.min(from, b.year), Math.max(to, b.year)) : setRange(b.year, b.year))}
              title={barTitle(b.year, b.count)}
              aria-label={barTitle(b.year, b.count)}
              data-testid={`year-bar-${b.year}`}
            >
              <span style={{ height: `${Math.max(4, (b.count / max) * 100)}%` }} />
              <small>{String(b.year).slice(2)}</small>
            </button>
          ))}
        </div>
        <YearInput label={t("from")} extent={extent} value={from} onYear={(y) => setRange(y, to)} testId="year-from" />
        <YearInput label={t("to")} extent={extent} value={to} onYear={(y) => setRange(from, y)} testId="year-to" />
        <button type="button" onClick={() => updateView((s) => setYearRange(s, null))} disabled={range === null} data-testid="all-years">
          {t("allYears")}
        </button>
      </section>
      <RangeNote />
    </div>
  );
}
