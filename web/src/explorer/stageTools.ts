// The buttons around the drawing: layout, zoom, and export (PNG, GEXF,
// CSV of nodes and edges).

import { download } from "../dom";
import { edgesCSV, nodesCSV, toGEXF } from "../graph/export";
import type { GraphView, LayoutStatus } from "../graph/view";
import type { AppState } from "../state";
import { $ } from "./dom";

export function bindStageTools(view: GraphView, state: () => AppState, labelOf: (id: string) => string | undefined, toast: (t: string) => void): void {
  $("layout-run").addEventListener("click", () => view.startLayout());
  $("layout-stop").addEventListener("click", () => view.stopLayout("stopped"));
  $("zoom-in").addEventListener("click", () => view.zoom(1 / 1.5));
  $("zoom-out").addEventListener("click", () => view.zoom(1.5));
  $("zoom-reset").addEventListener("click", () => view.resetCamera());

  const baseName = () => {
    const s = state();
    const parts = ["coalition"];
    if (s.focus) parts.push(s.focus.replace(/[^a-z0-9]+/gi, "-"));
    if (s.from !== undefined || s.to !== undefined) parts.push(`${s.from ?? ""}-${s.to ?? ""}`);
    if (s.min > 1) parts.push(`min${s.min}`);
    return parts.join("_");
  };
  $("export-png").addEventListener("click", async () => {
    try {
      download(`${baseName()}.png`, await view.toPNG());
    } catch (e) {
      toast(`PNG export failed: ${(e as Error).message}`);
    }
  });
  $("export-gexf").addEventListener("click", () => {
    const s = state();
    const desc = `Co-signing network${s.focus ? ` around ${labelOf(s.focus) ?? s.focus}` : ""}; years ${s.from ?? "any"}–${s.to ?? "any"}; at least ${s.min} shared letter(s).`;
    download(`${baseName()}.gexf`, new Blob([toGEXF(view.graph, desc)], { type: "application/gexf+xml" }));
  });
  $("export-nodes").addEventListener("click", () => download(`${baseName()}_nodes.csv`, new Blob([nodesCSV(view.graph)], { type: "text/csv" })));
  $("export-edges").addEventListener("click", () => download(`${baseName()}_edges.csv`, new Blob([edgesCSV(view.graph)], { type: "text/csv" })));
}

export function showLayoutStatus(s: LayoutStatus): void {
  const el = $("layout-status");
  el.textContent = s === "running" ? "Layout running…" : s === "settled" ? "Layout settled" : "Layout paused";
  el.dataset.status = s;
  ($("layout-stop") as HTMLButtonElement).disabled = s !== "running";
}
