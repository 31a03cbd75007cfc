/** Camera helpers: fit a set of nodes, centre on one node. */
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

/** Camera state that frames the given nodes (in sigma's normalised frame, where ratio 1 shows everything). */
export function cameraToFit(sigma: Sigma, nodes: Iterable<string>, padding = 1.25): Partial<CameraState> | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const d = sigma.getNodeDisplayData(node);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return null;
  const ratio = Math.max(0.08, Math.max(maxX - minX, maxY - minY) * padding);
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1.2, ratio), angle: 0 };
}

/** Moves the camera to a node, zooming in if the camera is far out. */
export function animateToNode(sigma: Sigma, node: string): void {
  // Display data is only normalised (framed) once sigma has processed the graph: do it now, the node may be new.
  sigma.refresh();
  const d = sigma.getNodeDisplayData(node);
  if (!d) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 500 });
}
