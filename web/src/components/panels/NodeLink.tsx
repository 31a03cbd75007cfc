/** A link-styled button that selects a node (bringing it in from the API if absent) and moves the camera there. */
import { mainGraph } from "../../graph/graph-instance";
import { requestCameraTo } from "../../state/camera/store";
import { expandNode } from "../../state/graph/store";
import { updateView, useView } from "../../state/view/store";
import { select } from "../../state/view/transitions";

async function goTo(id: string): Promise<void> {
  if (!mainGraph.hasNode(id)) await expandNode(id);
  updateView((s) => select(s, id));
  requestCameraTo(id);
}

/** With "EN names" on, a node's English name where the graph knows one; the Chinese name shows on hover. */
export function NodeLink({ id, name }: { id: string; name: string }) {
  const english = useView((s) => s.nameLang === "en");
  const nameEn = english && mainGraph.hasNode(id) ? mainGraph.getNodeAttribute(id, "nameEn") : undefined;
  return (
    <button type="button" className="link" onClick={() => void goTo(id)} data-node-id={id} title={nameEn ? name : undefined}>
      {nameEn ?? name}
    </button>
  );
}
