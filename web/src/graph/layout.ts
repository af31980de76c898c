// ForceAtlas2 in a web worker, stopped once the drawing has settled (nodes
// barely move between two looks) or its time budget runs out.

import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { CoGraph, NodeAttrs } from "./style";

export type LayoutStatus = "running" | "settled" | "stopped";

export class Layout {
  private worker: FA2Layout | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  status: LayoutStatus = "stopped";

  constructor(
    private graph: CoGraph,
    /** Where a dragged node is held, so the worker does not pull it away. */
    private held: () => { id: string; x: number; y: number } | null,
    private onStatus: (s: LayoutStatus) => void,
  ) {}

  start(budgetMs?: number): void {
    this.stop("stopped");
    const n = this.graph.order;
    if (n < 2) {
      this.setStatus("settled");
      return;
    }
    // Letters with many signers make cliques: keep them compact (strong
    // gravity, moderate scaling) so separate coalitions stay apart on screen.
    const settings = {
      ...inferSettings(this.graph),
      barnesHutOptimize: n > 400,
      adjustSizes: n <= 400,
      edgeWeightInfluence: 0.6,
      gravity: 0.5,
    };
    this.worker = new FA2Layout(this.graph, {
      settings,
      getEdgeWeight: "weight",
      outputReducer: (key: string, attr: NodeAttrs) => {
        const h = this.held();
        return h && key === h.id ? { ...attr, x: h.x, y: h.y } : attr;
      },
    });
    this.worker.start();
    this.setStatus("running");

    const budget = budgetMs ?? Math.min(9000, 2500 + n * 8);
    const started = performance.now();
    let prev = this.snapshot();
    let calm = 0;
    const tick = () => {
      if (!this.worker) return;
      const cur = this.snapshot();
      const moved = displacement(prev, cur);
      prev = cur;
      calm = moved < 0.0025 ? calm + 1 : 0;
      if (calm >= 2 || performance.now() - started > budget) {
        this.stop("settled");
        return;
      }
      this.timers.push(setTimeout(tick, 250));
    };
    this.timers.push(setTimeout(tick, 400));
  }

  stop(status: LayoutStatus = "stopped"): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    if (this.worker) {
      this.worker.kill();
      this.worker = null;
      this.setStatus(status);
    }
  }

  private setStatus(s: LayoutStatus) {
    this.status = s;
    this.onStatus(s);
  }

  private snapshot(): Float64Array {
    const a = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_, at) => {
      a[i++] = at.x;
      a[i++] = at.y;
    });
    return a;
  }
}

/** Mean move between two snapshots, relative to the drawing's extent. */
function displacement(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length === 0) return Infinity;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, sum = 0;
  for (let i = 0; i < b.length; i += 2) {
    const x = b[i], y = b[i + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    sum += Math.hypot(x - a[i], y - a[i + 1]);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return sum / (b.length / 2) / extent;
}
