/** The time axis: facts per year (from the database), a from/to range, play (one year per step) and what the range filters. */
import { useEffect } from "react";
import { CONFIG } from "../config";
import { currentHistogram, useGraphData } from "../state/graph/store";
import { updateView, useT, useView } from "../state/view/store";
import { setHideEmptyNodes, setPlaying, setYearRange, stepYear } from "../state/view/transitions";
import type { YearRange } from "../state/view/types";

function YearInput({ label, extent, value, onYear, testId }: { label: string; extent: YearRange; value: number; onYear: (y: number) => void; testId: string }) {
  return (
    <label className="year-input">
      {label}
      <input type="number" min={extent[0]} max={extent[1]} value={value} onChange={(e) => onYear(Number(e.target.value))} data-testid={testId} />
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

export function TimeAxis() {
  const t = useT();
  useGraphData((s) => s.version);
  useGraphData((s) => s.serverYears);
  const { bins, canvas, extent, fromServer } = currentHistogram();
  const range = useView((s) => s.yearRange);
  const playing = useView((s) => s.playing);

  useEffect(() => {
    if (!playing || !extent) return;
    const timer = setInterval(() => updateView((s) => stepYear(s, extent)), CONFIG.playStepMs);
    return () => clearInterval(timer);
  }, [playing, extent]);

  if (!extent) return null;
  const [from, to] = range ?? extent;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const clamp = (y: number) => Math.min(extent[1], Math.max(extent[0], Number.isFinite(y) && y > 0 ? y : extent[0]));
  const setRange = (a: number, b: number) => updateView((s) => setYearRange(s, [clamp(a), clamp(b)], extent));
  const togglePlay = () =>
    updateView((s) => (s.playing ? setPlaying(s, false) : stepYear(setPlaying({ ...s, yearRange: null }, true), extent)));
  const barTitle = (year: number, count: number) =>
    fromServer ? `${year}: ${count} · ${t("inCanvas")} ${canvas.get(year) ?? 0}` : `${year}: ${count}`;

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
              onClick={() => setRange(b.year, b.year)}
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
