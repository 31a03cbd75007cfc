/** On-canvas buttons: zoom in/out, zoom to fit the visible nodes, reset the view, and the exports. */
import { useSigma } from "@react-sigma/core";
import { mainGraph } from "../graph/graph-instance";
import { cameraToFit } from "../graph/camera";
import { download, renderPng, stamp, toGexf, toJson } from "../graph/export";
import { showNotice } from "../state/notice/store";
import { INITIAL_VIEW } from "../state/view/types";
import { updateView, useT } from "../state/view/store";
import { currentVisibility } from "../state/view/visibility";

export function CanvasControls() {
  const sigma = useSigma();
  const t = useT();
  const camera = sigma.getCamera();

  const fit = () => {
    const hidden = currentVisibility().hiddenNodes;
    const state = cameraToFit(sigma, sigma.getGraph().filterNodes((n) => !hidden.has(n)));
    void camera.animate(state ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 400 });
  };
  const reset = () => {
    updateView((s) => ({
      ...s,
      selectedId: null,
      focus: false,
      hiddenLabels: INITIAL_VIEW.hiddenLabels,
      hiddenTypes: INITIAL_VIEW.hiddenTypes,
      hiddenKinds: INITIAL_VIEW.hiddenKinds,
      yearRange: null,
      playing: false,
      sizeBy: INITIAL_VIEW.sizeBy,
      colorBy: INITIAL_VIEW.colorBy,
    }));
    void camera.animatedReset({ duration: 400 });
  };
  const png = () =>
    renderPng(sigma)
      .then((blob) => download(`miit-graph-${stamp()}.png`, blob))
      .catch((e: unknown) => showNotice(String(e), "error"));

  return (
    <div className="canvas-controls" role="toolbar" aria-label={t("zoomFit")}>
      <button type="button" onClick={() => void camera.animatedZoom({ duration: 250 })} aria-label="zoom in" title="+">
        +
      </button>
      <button type="button" onClick={() => void camera.animatedUnzoom({ duration: 250 })} aria-label="zoom out" title="−">
        −
      </button>
      <button type="button" onClick={fit} data-testid="zoom-fit">
        {t("zoomFit")}
      </button>
      <button type="button" onClick={reset} data-testid="reset-view">
        {t("resetView")}
      </button>
      <span className="sep" />
      <button type="button" onClick={() => void png()} data-testid="export-png">
        PNG
      </button>
      <button
        type="button"
        onClick={() =>
          void toGexf(mainGraph)
            .then((xml) => download(`miit-graph-${stamp()}.gexf`, xml, "application/xml"))
            .catch((e: unknown) => showNotice(String(e), "error"))
        }
        data-testid="export-gexf"
        title={t("exportGexf")}
      >
        GEXF
      </button>
      <button
        type="button"
        onClick={() => download(`miit-graph-${stamp()}.json`, toJson(mainGraph), "application/json")}
        data-testid="export-json"
        title={t("exportJson")}
      >
        JSON
      </button>
    </div>
  );
}
