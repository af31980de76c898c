// Moving the camera: to a node, around a set of nodes, back to the whole
// drawing, in and out.

import type Sigma from "sigma";
import type { CoGraph, EdgeAttrs, NodeAttrs } from "./style";

type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

export function centerOn(r: Renderer, graph: CoGraph, id: string): void {
  if (!graph.hasNode(id)) return;
  const d = r.getNodeDisplayData(id);
  if (!d) return;
  r.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(r.getCamera().ratio, 0.6) }, { duration: 400 });
}

/** Move the camera so that these nodes fill most of the view. */
export function fitNodes(r: Renderer, graph: CoGraph, ids: string[]): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, n = 0;
  for (const id of ids) {
    const d = graph.hasNode(id) ? r.getNodeDisplayData(id) : undefined;
    if (!d) continue;
    n++;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (n === 0) return;
  // Display coordinates are normalized to the frame: ratio 1 shows it all.
  const ratio = Math.min(1.1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 2.2));
  r.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
}

export function resetCamera(r: Renderer): void {
  r.getCamera().animatedReset({ duration: 300 });
}

export function zoom(r: Renderer, factor: number): void {
  const cam = r.getCamera();
  if (factor > 1) cam.animatedUnzoom({ duration: 200, factor });
  else cam.animatedZoom({ duration: 200, factor: 1 / factor });
}
