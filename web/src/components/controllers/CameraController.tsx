/** Moves the camera on request (search choice, restored link) once the node has a place on the canvas. */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { animateToNode, cameraToFit } from "../../graph/camera";
import { useView } from "../../state/view/store";
import { currentVisibility } from "../../state/view/visibility";
import { cameraStore } from "../../state/camera/store";
import { useGraphData } from "../../state/graph/store";

export function CameraController(): null {
  const sigma = useSigma();
  const request = useSyncExternalStore(cameraStore.subscribe, cameraStore.get);
  const layout = useGraphData((s) => s.layout);
  const version = useGraphData((s) => s.version);
  const handled = useRef({ seq: -1, settled: false });
  const focusId = useView((s) => (s.focus ? s.selectedId : null));

  // Turning focus on frames the neighbourhood that stays visible.
  useEffect(() => {
    if (focusId === null) return;
    sigma.refresh();
    const hidden = currentVisibility().hiddenNodes;
    const state = cameraToFit(sigma, sigma.getGraph().filterNodes((n) => !hidden.has(n)));
    if (state) void sigma.getCamera().animate(state, { duration: 400 });
  }, [sigma, focusId]);

  useEffect(() => {
    const id = request.nodeId;
    if (id === null || !sigma.getGraph().hasNode(id)) return;
    const h = handled.current;
    if (h.seq !== request.seq) {
      handled.current = { seq: request.seq, settled: layout !== "running" };
      animateToNode(sigma, id);
    } else if (!h.settled && layout !== "running") {
      // The layout moved the node while we flew there: follow it once it settles.
      h.settled = true;
      animateToNode(sigma, id);
    }
  }, [sigma, request, layout, version]);

  return null;
}
