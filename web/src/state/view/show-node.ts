/** Selecting a node from outside the canvas (search, console rows): brought in if absent, selected, camera moved to it. */
import { mainGraph } from "../../graph/graph-instance";
import { requestCameraTo } from "../camera/store";
import { noticeExpandOutcome } from "../graph/expand-notice";
import { expandNode } from "../graph/store";
import { updateView } from "./store";
import { select } from "./transitions";

/** Brings the node's neighbourhood in when the canvas lacks it, then selects it; an expand error shows as a notice. */
export async function showNodeInMain(id: string): Promise<void> {
  if (!mainGraph.hasNode(id)) {
    const outcome = await expandNode(id);
    if (outcome.error) {
      noticeExpandOutcome(outcome);
      return;
    }
  }
  updateView((s) => select(s, id));
  requestCameraTo(id);
}
