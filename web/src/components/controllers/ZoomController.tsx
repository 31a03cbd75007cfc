/** Tells the edge budget whether the camera is zoomed in (there every visible edge is drawn again). */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { DEFAULT_EDGE_BUDGET_OPTIONS } from "../../graph/edge-budget";
import { setZoomedIn } from "../../state/view/edge-budget";

export function ZoomController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const camera = sigma.getCamera();
    const onUpdated = () => setZoomedIn(camera.ratio < DEFAULT_EDGE_BUDGET_OPTIONS.zoomedInRatio);
    onUpdated();
    camera.on("updated", onUpdated);
    return () => {
      camera.off("updated", onUpdated);
    };
  }, [sigma]);
  return null;
}
