/** Asks for the loaded graph's metrics (computed in a worker) once a size or colour choice needs them, and again after each load or expand. */
import { useEffect } from "react";
import { useGraphData } from "../../state/graph/store";
import { ensureMetrics } from "../../state/metrics/store";
import { useView } from "../../state/view/store";

export function MetricsController(): null {
  const version = useGraphData((s) => s.version);
  // Nothing is computed until asked for: most visits never size or colour by a metric.
  const needed = useView((s) => s.sizeBy !== "none" || s.colorBy !== "label");
  useEffect(() => {
    if (needed && version > 0) ensureMetrics(version);
  }, [needed, version]);
  return null;
}
