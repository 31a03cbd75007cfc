/** A link-styled button that selects a node (bringing it in from the API if absent) and moves the camera there. */
import { mainGraph } from "../../graph/graph-instance";
import { requestCameraTo } from "../../state/camera/store";
import { expandNode } from "../../state/graph/store";
import { updateView } from "../../state/view/store";
import { select } from "../../state/view/transitions";

async function goTo(id: string): Promise<void> {
  if (!mainGraph.hasNode(id)) await expandNode(id);
  updateView((s) => select(s, id));
  requestCameraTo(id);
}

export function NodeLink({ id, name }: { id: string; name: string }) {
  return (
    <button type="button" className="link" onClick={() => void goTo(id)} data-node-id={id}>
      {name}
    </button>
  );
}
