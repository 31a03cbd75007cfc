/** The main canvas: sigma over the app's one graph, with its controllers and on-canvas controls. */
import { SigmaContainer } from "@react-sigma/core";
import { useState } from "react";
import { createCanvasReducers } from "../graph/canvas-reducers";
import { mainGraph, type CanvasEdgeAttributes, type CanvasNodeAttributes } from "../graph/graph-instance";
import { mainSigmaSettings } from "../graph/sigma-settings";
import { CanvasControls } from "./CanvasControls";
import { CameraController } from "./controllers/CameraController";
import { EventsController } from "./controllers/EventsController";
import { LayoutController } from "./controllers/LayoutController";
import { AddedFactsController } from "./controllers/AddedFactsController";
import { MetricsController } from "./controllers/MetricsController";
import { PathCameraController } from "./controllers/PathCameraController";
import { ReducersController } from "./controllers/ReducersController";
import { ResizeController } from "./controllers/ResizeController";
import { TestHooksController } from "./controllers/TestHooksController";
import { ZoomController } from "./controllers/ZoomController";
import { EdgesNotice } from "./EdgesNotice";
import { LeftOutNotice } from "./LeftOutNotice";
import { MetricsLegend } from "./MetricsLegend";

export function GraphCanvas() {
  // Built once per canvas, for the graph it opens on: a new settings object would make react-sigma rebuild sigma.
  const [reducers] = useState(() => createCanvasReducers(mainGraph));
  const [settings] = useState(() => mainSigmaSettings(mainGraph, reducers));
  return (
    <SigmaContainer<CanvasNodeAttributes, CanvasEdgeAttributes, Record<string, unknown>>
      graph={mainGraph}
      settings={settings}
      className="graph-canvas"
      id="main-canvas"
    >
      <ReducersController reducers={reducers} />
      <AddedFactsController />
      <EventsController />
      <LayoutController />
      <MetricsController />
      <CameraController />
      <PathCameraController />
      <ResizeController />
      <TestHooksController />
      <ZoomController />
      <CanvasControls />
      <EdgesNotice />
      <LeftOutNotice />
      <MetricsLegend />
    </SigmaContainer>
  );
}
