/** The time axis: a histogram of dated facts per year, a from/to range, and play (one year per step). */
import { useEffect } from "react";
import { CONFIG } from "../config";
import { currentHistogram, useGraphData } from "../state/graph/store";
import { updateView, useT, useView } from "../state/view/store";
import { setPlaying, setYearRange, stepYear } from "../state/view/transitions";

export function TimeAxis() {
  const t = useT();
  useGraphData((s) => s.version);
  const { bins, extent } = currentHistogram();
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

  return (
    <section className="time-axis" aria-label={t("years")} data-testid="time-axis">
      <button type="button" className="play" onClick={togglePlay} aria-pressed={playing} data-testid="play">
        {playing ? `❚❚ ${t("pause")}` : `▶ ${t("play")}`}
      </button>
      <div className="histogram" title={t("factsPerYear")}>
        {bins.map((b) => (
          <button
            type="button"
            key={b.year}
            className={b.year >= from && b.year <= to ? "bar in" : "bar"}
            onClick={() => setRange(b.year, b.year)}
            title={`${b.year}: ${b.count}`}
            aria-label={`${b.year}: ${b.count}`}
            data-testid={`year-bar-${b.year}`}
          >
            <span style={{ height: `${Math.max(4, (b.count / max) * 100)}%` }} />
            <small>{String(b.year).slice(2)}</small>
          </button>
        ))}
      </div>
      <label className="year-input">
        {t("from")}
        <input
          type="number"
          min={extent[0]}
          max={extent[1]}
          value={from}
          onChange={(e) => setRange(Number(e.target.value), to)}
          data-testid="year-from"
        />
      </label>
      <label className="year-input">
        {t("to")}
        <input
          type="number"
          min={extent[0]}
          max={extent[1]}
          value={to}
          onChange={(e) => setRange(from, Number(e.target.value))}
          data-testid="year-to"
        />
      </label>
      <button type="button" onClick={() => updateView((s) => setYearRange(s, null))} disabled={range === null} data-testid="all-years">
        {t("allYears")}
      </button>
    </section>
  );
}
