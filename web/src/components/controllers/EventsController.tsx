/** Pointer events on the canvas: hover highlights, click selects, double-click expands, click on the stage clears. */
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { expandNode } from "../../state/graph/store";
import { setHovered } from "../../state/hover/store";
import { noticeExpandOutcome } from "../../state/graph/expand-notice";
import { updateView } from "../../state/view/store";
import { select } from "../../state/view/transitions";

export function EventsController(): null {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        setHovered(node);
        container.style.cursor = "pointer";
      },
      leaveNode: () => {
        setHovered(null);
        container.style.cursor = "";
      },
      clickNode: ({ node }) => updateView((s) => select(s, node)),
      doubleClickNode: (event) => {
        event.preventSigmaDefault();
        updateView((s) => select(s, event.node));
        void expandNode(event.node).then(noticeExpandOutcome);
      },
      clickStage: () => updateView((s) => select(s, null)),
    });
  }, [sigma, registerEvents]);

  return null;
}
