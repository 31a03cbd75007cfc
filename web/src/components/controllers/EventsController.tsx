/** Pointer events on the canvas: hover highlights, click selects, double-click expands, click on the stage clears. */
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { expandNode } from "../../state/graph/store";
import { setHovered } from "../../state/hover/store";
import { noticeExpandOutcome } from "../../state/graph/expand-notice";
import { updateView } from "../../state/view/store";
import { createDoubleClickTracker } from "../../state/view/double-click";
import { select } from "../../state/view/transitions";

export function EventsController(): null {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const container = sigma.getContainer();
    const tracker = createDoubleClickTracker(() => sigma.getSetting("doubleClickTimeout"));
    const expand = (node: string) => {
      updateView((s) => select(s, node));
      void expandNode(node).then(noticeExpandOutcome);
    };
    registerEvents({
      enterNode: ({ node }) => {
        setHovered(node);
        container.style.cursor = "pointer";
      },
      leaveNode: () => {
        setHovered(null);
        container.style.cursor = "";
      },
      clickNode: ({ node }) => {
        tracker.click(node, performance.now());
        updateView((s) => select(s, node));
      },
      doubleClickNode: (event) => {
        event.preventSigmaDefault();
        expand(tracker.doubleClick(event.node, performance.now()) ?? event.node);
      },
      clickStage: () => updateView((s) => select(s, null)),
      doubleClickStage: (event) => {
        // The node moved away from under the second click: still its double-click, not a zoom.
        const owner = tracker.doubleClick(null, performance.now());
        if (owner === null) return;
        event.preventSigmaDefault();
        expand(owner);
      },
    });
  }, [sigma, registerEvents]);

  return null;
}
