/** The main canvas: sigma over the app's one graph, with its controllers and on-canvas controls. */
import { SigmaContainer } from "@react-sigma/core";
import { mainGraph, type CanvasEdgeAttributes, type CanvasNodeAttributes } from "../graph/graph-instance";
import { mainSigmaSettings } from "../graph/sigma-settings";
import { CanvasControls } from "./CanvasControls";
import { CameraController } from "./controllers/CameraController";
import { EventsController } from "./controllers/EventsController";
import { LayoutController } from "./controllers/LayoutController";
import { ReducersController } from "./controllers/ReducersController";
import { ResizeController } from "./controllers/ResizeController";
import { TestHooksController } from "./controllers/TestHooksController";
import { ZoomController } from "./controllers/ZoomController";
import { EdgesNotice } from "./EdgesNotice";

/** Built once: a new settings object would make react-sigma rebuild sigma. */
const MAIN_SETTINGS = mainSigmaSettings(mainGraph);

export function GraphCanvas() {
  return (
    <SigmaContainer<CanvasNodeAttributes, CanvasEdgeAttributes, Record<string, unknown>>
      graph={mainGraph}
      settings={MAIN_SETTINGS}
      className="graph-canvas"
      id="main-canvas"
    >
      <ReducersController />
      <EventsController />
      <LayoutController />
      <CameraController />
      <ResizeController />
      <TestHooksController />
      <ZoomController />
      <CanvasControls />
      <EdgesNotice />
    </SigmaContainer>
  );
}
