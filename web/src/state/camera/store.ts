/** The camera slice: requests to move the main camera to a node (search choice, a restored link, "locate"). */
import { createStore } from "../store";

export interface CameraRequest {
  nodeId: string | null;
  /** Bumped per request so that asking twice for the same node moves the camera twice. */
  seq: number;
}

export const cameraStore = createStore<CameraRequest>({ nodeId: null, seq: 0 });

export function requestCameraTo(nodeId: string): void {
  cameraStore.update((s) => ({ nodeId, seq: s.seq + 1 }));
}
