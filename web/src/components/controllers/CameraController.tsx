/** Moves the camera on request (search choice, restored link) once the node has a place on the canvas. */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { animateToNode } from "../../graph/camera";
import { cameraStore } from "../../state/camera/store";
import { useGraphData } from "../../state/graph/store";

export function CameraController(): null {
  const sigma = useSigma();
  const request = useSyncExternalStore(cameraStore.subscribe, cameraStore.get);
  const layout = useGraphData((s) => s.layout);
  const version = useGraphData((s) => s.version);
  const handled = useRef({ seq: -1, settled: false });

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
