/** Keeps sigma's canvases the size of their container when the layout around it changes (console, panels). */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

export function ResizeController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    const observer = new ResizeObserver(() => {
      // The label grid follows the viewport, so sigma must re-index; the display data (reducers) stay as they are:
      // an empty partial refresh re-indexes without re-running the reducers over every item.
      if (container.offsetWidth > 0 && container.offsetHeight > 0) sigma.scheduleRefresh({ partialGraph: { nodes: [], edges: [] } });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
