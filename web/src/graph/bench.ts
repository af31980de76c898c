// ?bench=5000x50000 — draw a synthetic network in the real renderer, without
// the API, and report the time to the first stable frame in window.__bench.

import Graph from "graphology";
import Sigma from "sigma";
import { communityColor, type EdgeAttrs, type NodeAttrs } from "./view";

export interface BenchResult {
  nodes: number;
  edges: number;
  buildMs: number;
  firstFrameMs: number;
  totalMs: number;
  meanRefreshMs: number;
  webgl: string;
}

declare global {
  interface Window {
    __bench?: BenchResult | { error: string };
  }
}

/** A small deterministic PRNG so every run draws the same graph. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nextFrame(): Promise<number> {
  return new Promise((r) => requestAnimationFrame(r));
}

export async function runBench(spec: string): Promise<void> {
  const status = document.getElementById("stage-status");
  try {
    const m = /^(\d+)x(\d+)$/.exec(spec);
    const N = m ? Number(m[1]) : 5000;
    const M = m ? Number(m[2]) : 50000;
    document.body.dataset.network = "bench";
    if (status) status.textContent = `Benchmark: ${N} nodes, ${M} edges…`;

    const t0 = performance.now();
    const rand = mulberry32(42);
    const graph = new Graph<NodeAttrs, EdgeAttrs>({ type: "undirected", multi: false });
    const K = Math.max(4, Math.round(Math.sqrt(N) / 3));
    const centers = Array.from({ length: K }, (_, i) => {
      const a = (i / K) * Math.PI * 2;
      const r = 300 + rand() * 200;
      return { x: Math.cos(a) * r, y: Math.sin(a) * r };
    });
    for (let i = 0; i < N; i++) {
      const c = i % K;
      const w = 1 + Math.floor(Math.pow(rand(), 3) * 60);
      // Box–Muller around the community's centre
      const u = Math.max(1e-9, rand());
      const v = rand();
      const r = Math.sqrt(-2 * Math.log(u)) * 70;
      graph.addNode(`n${i}`, {
        x: centers[c].x + r * Math.cos(2 * Math.PI * v),
        y: centers[c].y + r * Math.sin(2 * Math.PI * v),
        size: 2 + Math.sqrt(w) * 1.6,
        color: communityColor(c),
        label: `Organization ${i}`,
        kind: "ORGANIZATION",
        weight: w,
        community: c,
      });
    }
    let guard = 0;
    while (graph.size < M && guard++ < M * 4) {
      const s = Math.floor(rand() * N);
      // 85% of ties stay inside the community
      const t = rand() < 0.85 ? (Math.floor(rand() * (N / K)) * K + (s % K)) % N : Math.floor(rand() * N);
      if (s === t) continue;
      const a = `n${s}`;
      const b = `n${t}`;
      if (graph.hasEdge(a, b)) continue;
      const w = 1 + Math.floor(Math.pow(rand(), 4) * 20);
      graph.addEdge(a, b, { weight: w, size: 0.4 + w / 10, color: "#cbd5e1", kind: "CO_SIGNED" });
    }
    const t1 = performance.now();

    const container = document.getElementById("graph")!;
    // Sigma indexes the graph and renders synchronously in its constructor;
    // the frame is stable once the browser has painted it and no render is pending.
    let pending = false;
    const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 12,
      defaultEdgeColor: "#cbd5e1",
    });
    renderer.on("beforeRender", () => (pending = true));
    renderer.on("afterRender", () => (pending = false));
    await nextFrame();
    await nextFrame();
    while (pending) await nextFrame();
    const t2 = performance.now();

    // Then the cost of a full refresh (what hovering or a layout step costs).
    const cam = renderer.getCamera();
    const n = 20;
    const s0 = performance.now();
    for (let i = 0; i < n; i++) {
      cam.setState({ ratio: 1 - (i % 2) * 0.05 });
      renderer.refresh({ skipIndexation: true });
    }
    renderer.getCanvases(); // keep the renderer referenced
    await nextFrame();
    const meanRefreshMs = (performance.now() - s0) / n;

    const gl = document.createElement("canvas").getContext("webgl");
    const dbg = gl?.getExtension("WEBGL_debug_renderer_info");
    const webgl = gl ? String(dbg ? gl.getParameter(dbg.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : "none";

    window.__bench = {
      nodes: graph.order,
      edges: graph.size,
      buildMs: Math.round(t1 - t0),
      firstFrameMs: Math.round(t2 - t1),
      totalMs: Math.round(t2 - t0),
      meanRefreshMs: Math.round(meanRefreshMs * 10) / 10,
      webgl,
    };
    if (status) {
      status.textContent = `${graph.order} nodes, ${graph.size} edges: first stable frame in ${Math.round(t2 - t1)} ms`;
      status.hidden = false;
    }
    document.body.dataset.network = "bench-done";
  } catch (e) {
    window.__bench = { error: String((e as Error)?.stack ?? e) };
    document.body.dataset.network = "bench-error";
  }
}
