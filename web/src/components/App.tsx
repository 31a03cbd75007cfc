/** The page: toolbar, filters, canvas with time axis, details or paths panel, and the lazily loaded Cypher console. */
import { lazy, Suspense, useEffect } from "react";
import { mainGraph } from "../graph/graph-instance";
import { checkDataVersion } from "../state/data-version/store";
import { loadOverview, useGraphData } from "../state/graph/store";
import { usePaths } from "../state/paths/store";
import { useT, useView } from "../state/view/store";
import { useKeyboardShortcuts } from "../state/view/useKeyboardShortcuts";
import { useUrlSync } from "../state/view/useUrlSync";
import { DataChangedNotice } from "./DataChangedNotice";
import { ErrorState, EmptyState, LoadingState } from "./ErrorState";
import { FiltersPanel } from "./FiltersPanel";
import { GraphCanvas } from "./GraphCanvas";
import { MetricsPanel } from "./MetricsPanel";
import { Notice } from "./Notice";
import { ReviewsPanel } from "./ReviewsPanel";
import { SelectionBar } from "./SelectionBar";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { DetailsPanel } from "./panels/DetailsPanel";
import { PathsPanel } from "./paths/PathsPanel";
import { StatusBar } from "./StatusBar";
import { TimeAxis } from "./TimeAxis";
import { Toolbar } from "./Toolbar";

const ConsolePanel = lazy(() => import("./console/ConsolePanel").then((m) => ({ default: m.ConsolePanel })));

function Workspace() {
  const status = useGraphData((s) => s.status);
  const version = useGraphData((s) => s.version);
  if (status === "error" && version === 0) return <ErrorState />;
  if (version === 0) return <LoadingState />;
  if (mainGraph.order === 0) return <EmptyState />;
  return (
    <>
      <GraphCanvas />
      <StatusBar />
      <TimeAxis />
    </>
  );
}

export function App() {
  const t = useT();
  const uiLang = useView((s) => s.uiLang);
  const consoleOpen = useView((s) => s.consoleOpen);
  const selected = useView((s) => s.selectedId);
  const pathsOpen = usePaths((s) => s.open);
  const status = useGraphData((s) => s.status);
  const version = useGraphData((s) => s.version);
  useUrlSync();
  useKeyboardShortcuts();
  useEffect(() => {
    void loadOverview();
    // After useUrlSync's effect (declared first) has put the link's `v` into the view.
    void checkDataVersion();
  }, []);
  useEffect(() => {
    document.documentElement.lang = uiLang === "zh" ? "zh-CN" : "en";
    document.title = t("appTitle");
  }, [uiLang, t]);

  return (
    <div className={consoleOpen ? "app with-console" : "app"} data-testid="app">
      <Toolbar />
      <main className="workspace">
        <aside className="sidebar">
          <FiltersPanel />
          <MetricsPanel />
          <ReviewsPanel />
        </aside>
        <section className="canvas-area" aria-label="graph">
          {status === "error" && version > 0 && <ErrorState />}
          <Workspace />
          <SelectionBar />
          <DataChangedNotice />
        </section>
        {/* The paths panel takes the details panel's place: two side panels would leave the canvas too narrow. */}
        {pathsOpen ? <PathsPanel /> : selected !== null && <DetailsPanel id={selected} />}
      </main>
      {consoleOpen && (
        <Suspense fallback={<div className="console loading">{t("loading")}</div>}>
          <ConsolePanel />
        </Suspense>
      )}
      <Notice />
      <ShortcutsHelp />
    </div>
  );
}
