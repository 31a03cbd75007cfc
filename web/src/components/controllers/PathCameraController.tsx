/** Frames a found path: when it is drawn, and again once the layout has placed the nodes the path brought in. */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import { cameraToFit } from "../../graph/camera";
import { useGraphData } from "../../state/graph/store";
import { usePathHighlight } from "../../state/paths/store";

export function PathCameraController(): null {
  const sigma = useSigma();
  const path = usePathHighlight();
  const layout = useGraphData((s) => s.layout);
  const framed = useRef<{ path: unknown; settled: boolean }>({ path: null, settled: false });

  useEffect(() => {
    if (path === null) return;
    const f = framed.current;
    const fresh = f.path !== path;
    if (!fresh && (f.settled || layout === "running")) return;
    framed.current = { path, settled: layout !== "running" };
    // Display data is framed only once sigma has processed the graph: the path's nodes may be new.
    sigma.refresh();
    const state = cameraToFit(sigma, path.nodes, 1.6);
    if (state) void sigma.getCamera().animate(state, { duration: 500 });
  }, [sigma, path, layout]);

  return null;
}
