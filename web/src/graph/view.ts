// The network view: a graphology graph drawn by sigma (WebGL), laid out by
// ForceAtlas2 in a web worker that stops once the layout has settled.

import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { EntityKind, Network, NetworkEdge, NetworkNode, Path } from "../queries";

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: EntityKind;
  weight: number;
  community: number;
  fixed?: boolean;
}
export interface EdgeAttrs {
  size: number;
  color: string;
  weight: number;
  kind: string;
  onPath?: boolean;
  zIndex?: number;
}

export type CoGraph = Graph<NodeAttrs, EdgeAttrs>;

// Colour-blind friendly-ish qualitative palette (Tableau 10 + extras).
export const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
  "#b07aa1", "#ff9da7", "#9c755f", "#2f4b7c", "#a05195", "#00a6a6",
];
const KIND_COLORS: Partial<Record<EntityKind, string>> = {
  PERSON: "#64748b",
  LETTER: "#94a3b8",
  OFFICE: "#334155",
};
const EDGE_COLOR = "#d5dce5";
const DIM_NODE = "#e5e7eb";
const PATH_COLOR = "#e11d48";

export function communityColor(c: number): string {
  return PALETTE[((c % PALETTE.length) + PALETTE.length) % PALETTE.length];
}

export type LayoutStatus = "running" | "settled" | "stopped";

export interface GraphViewEvents {
  onNodeClick?: (id: string, attrs: NodeAttrs) => void;
  onNodeDoubleClick?: (id: string, attrs: NodeAttrs) => void;
  onLayout?: (status: LayoutStatus) => void;
  onStageClick?: () => void;
}

export class GraphView {
  readonly graph: CoGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  readonly renderer: Sigma<NodeAttrs, EdgeAttrs>;
  private layout: FA2Layout | null = null;
  private layoutTimers: ReturnType<typeof setTimeout>[] = [];
  private hovered: string | null = null;
  private hoverNeighbors = new Set<string>();
  private selected: string | null = null;
  private pathNodes = new Set<string>();
  private pathAddedNodes: string[] = [];
  private pathAddedEdges: string[] = [];
  private dragged: string | null = null;
  private dragMoved = false;
  private dragPos: { x: number; y: number } | null = null;
  layoutStatus: LayoutStatus = "stopped";

  constructor(
    private container: HTMLElement,
    private events: GraphViewEvents = {},
  ) {
    this.renderer = new Sigma<NodeAttrs, EdgeAttrs>(this.graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      defaultEdgeColor: EDGE_COLOR,
      labelFont: "Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
      labelSize: 12,
      labelWeight: "500",
      labelColor: { color: "#1f2937" },
      labelDensity: 0.35,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 8,
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      stagePadding: 40,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.bindInteractions();
  }

  // ---------------------------------------------------------------- data

  /** Replace the graph with a network answer. Known nodes keep their position. */
  setNetwork(net: Network): void {
    const old = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((n, a) => old.set(n, { x: a.x, y: a.y }));
    this.stopLayout("stopped");
    this.graph.clear();
    this.pathNodes.clear();
    this.pathAddedNodes = [];
    this.pathAddedEdges = [];
    this.hovered = null;
    this.hoverNeighbors.clear();
    this.mergeNetwork(net, old);
  }

  /** Add nodes and edges (e.g. an expanded neighbourhood) to what is drawn. */
  mergeNetwork(net: Network, positions?: Map<string, { x: number; y: number }>): string[] {
    this.stopLayout("stopped");
    const maxW = maxOf(1, net.nodes.map((n) => n.weight), this.graph.mapNodes((_, a) => a.weight));
    const added: string[] = [];
    const anchor = this.anchorFor(net);
    for (const n of net.nodes) {
      if (this.graph.hasNode(n.id)) {
        this.graph.mergeNodeAttributes(n.id, { weight: n.weight, community: n.community, label: n.label });
        continue;
      }
      const p = positions?.get(n.id) ?? this.initialPosition(n, net.edges, anchor);
      this.graph.addNode(n.id, { ...nodeAttrs(n, maxW), x: p.x, y: p.y });
      added.push(n.id);
    }
    this.addEdges(net.edges);
    this.rescale();
    return added;
  }

  /**
   * Communities from separate network answers do not share numbering, so
   * after an expansion the page asks the server for the communities of
   * everything drawn (network with members) and shows those: one partition,
   * the server's, never one of its own.
   */
  setCommunities(net: Network): void {
    const community = new Map(net.nodes.map((n) => [n.id, n.community]));
    this.graph.updateEachNodeAttributes((n, a) => {
      const c = community.get(n);
      return a.kind === "ORGANIZATION" && c !== undefined ? { ...a, community: c, color: communityColor(c) } : a;
    }); // no hints: sigma must re-index, the new nodes are not indexed yet
  }

  private addEdges(edges: NetworkEdge[], onPath = false): void {
    const maxW = maxOf(1, edges.map((e) => e.weight), this.graph.mapEdges((_, a) => a.weight));
    for (const e of edges) {
      if (e.source === e.target || !this.graph.hasNode(e.source) || !this.graph.hasNode(e.target)) continue;
      const existing = this.graph.edge(e.source, e.target);
      if (existing !== undefined) {
        if (onPath) this.graph.setEdgeAttribute(existing, "onPath", true);
        continue;
      }
      if (this.graph.hasEdge(e.id)) continue;
      this.graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, {
        weight: e.weight,
        kind: e.kind,
        size: edgeSize(e.weight, maxW),
        color: EDGE_COLOR,
        onPath,
      });
    }
  }

  /** Re-derive sizes after weights changed (merge). */
  private rescale(): void {
    const maxW = maxOf(1, this.graph.mapNodes((_, a) => a.weight));
    this.graph.updateEachNodeAttributes((_, a) => ({ ...a, size: nodeSize(a.weight, maxW, a.kind), color: nodeColor(a.kind, a.community) }));
    const maxE = maxOf(1, this.graph.mapEdges((_, a) => a.weight));
    // The zIndex hint makes sigma re-index: edges added a moment ago are not indexed yet,
    // and a size-only hint would make it repaint them in place and throw.
    this.graph.updateEachEdgeAttributes((_, a) => ({ ...a, size: edgeSize(a.weight, maxE) }), { attributes: ["size", "zIndex"] });
  }

  private anchorFor(net: Network): Map<string, { x: number; y: number }> {
    const m = new Map<string, { x: number; y: number }>();
    for (const n of net.nodes) {
      if (this.graph.hasNode(n.id)) m.set(n.id, { x: this.graph.getNodeAttribute(n.id, "x"), y: this.graph.getNodeAttribute(n.id, "y") });
    }
    return m;
  }

  private initialPosition(n: NetworkNode, edges: NetworkEdge[], anchor: Map<string, { x: number; y: number }>) {
    // Near a neighbour that is already placed, otherwise on a community-seeded disc.
    for (const e of edges) {
      const other = e.source === n.id ? e.target : e.target === n.id ? e.source : null;
      const p = other ? anchor.get(other) : undefined;
      if (p) {
        const r = 20 + Math.random() * 20;
        const t = Math.random() * Math.PI * 2;
        return { x: p.x + r * Math.cos(t), y: p.y + r * Math.sin(t) };
      }
    }
    const c = n.community >= 0 ? n.community : 0;
    const angle = (c * 2.399963) % (Math.PI * 2); // golden angle spreads communities
    const cx = Math.cos(angle) * 100;
    const cy = Math.sin(angle) * 100;
    return { x: cx + (Math.random() - 0.5) * 60, y: cy + (Math.random() - 0.5) * 60 };
  }

  /** Highlight a path; nodes it needs that are not drawn yet are added. */
  setPath(path: Path | null): void {
    // Undo the previous path: its extra nodes and edges go, the others lose their mark.
    if (this.pathAddedNodes.length || this.pathAddedEdges.length) this.stopLayout("stopped");
    for (const e of this.pathAddedEdges) if (this.graph.hasEdge(e)) this.graph.dropEdge(e);
    for (const n of this.pathAddedNodes) if (this.graph.hasNode(n)) this.graph.dropNode(n);
    this.pathAddedNodes = [];
    this.pathAddedEdges = [];
    this.graph.forEachEdge((e) => this.graph.setEdgeAttribute(e, "onPath", false));
    this.pathNodes.clear();
    if (!path || path.nodes.length === 0) {
      this.renderer.refresh();
      return;
    }
    const missing = path.nodes.filter((n) => !this.graph.hasNode(n.id));
    if (missing.length) {
      this.stopLayout("stopped");
      const maxW = maxOf(1, this.graph.mapNodes((_, a) => a.weight));
      const anchor = this.anchorFor(path as unknown as Network);
      // place missing nodes between their path neighbours
      path.nodes.forEach((n, i) => {
        if (this.graph.hasNode(n.id)) return;
        const prev = path.nodes[i - 1] && anchor.get(path.nodes[i - 1].id);
        const next = path.nodes.slice(i + 1).map((x) => anchor.get(x.id)).find(Boolean);
        const base = prev && next ? { x: (prev.x + next.x) / 2, y: (prev.y + next.y) / 2 } : prev || next || { x: 0, y: 0 };
        const p = { x: base.x + (Math.random() - 0.5) * 30, y: base.y + (Math.random() - 0.5) * 30 };
        anchor.set(n.id, p);
        this.graph.addNode(n.id, { ...nodeAttrs(n, maxW), x: p.x, y: p.y });
        this.pathAddedNodes.push(n.id);
      });
    }
    for (const n of path.nodes) this.pathNodes.add(n.id);
    // Path edge ids are only unique within one answer: key them by their ends.
    // Consecutive nodes are linked even if the answer left an edge out.
    const edges: NetworkEdge[] = path.edges.map((e) => ({ ...e, id: `path:${e.source}|${e.target}` }));
    for (let i = 1; i < path.nodes.length; i++) {
      const s = path.nodes[i - 1].id;
      const t = path.nodes[i].id;
      if (!edges.some((e) => (e.source === s && e.target === t) || (e.source === t && e.target === s))) {
        edges.push({ id: `path:${s}|${t}`, source: s, target: t, weight: 1, kind: "PATH" });
      }
    }
    const before = new Set(this.graph.edges());
    this.addEdges(edges, true);
    this.graph.forEachEdge((e) => {
      if (!before.has(e)) this.pathAddedEdges.push(e);
    });
    this.renderer.refresh();
  }

  hasPath(): boolean {
    return this.pathNodes.size > 0;
  }

  select(id: string | null): void {
    this.selected = id && this.graph.hasNode(id) ? id : null;
    this.renderer.refresh();
  }

  /** Move the camera to a node. */
  centerOn(id: string): void {
    if (!this.graph.hasNode(id)) return;
    const d = this.renderer.getNodeDisplayData(id);
    if (!d) return;
    this.renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(this.renderer.getCamera().ratio, 0.6) }, { duration: 400 });
  }

  /** Move the camera so that these nodes fill most of the view. */
  fitNodes(ids: string[]): void {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, n = 0;
    for (const id of ids) {
      const d = this.graph.hasNode(id) ? this.renderer.getNodeDisplayData(id) : undefined;
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
    this.renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
  }

  resetCamera(): void {
    this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  zoom(factor: number): void {
    const cam = this.renderer.getCamera();
    if (factor > 1) cam.animatedUnzoom({ duration: 200, factor });
    else cam.animatedZoom({ duration: 200, factor: 1 / factor });
  }

  // -------------------------------------------------------------- layout

  /** Run ForceAtlas2 in a worker until the layout settles or the time budget runs out. */
  startLayout(budgetMs?: number): void {
    this.stopLayout("stopped");
    const n = this.graph.order;
    if (n < 2) {
      this.setLayoutStatus("settled");
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
    this.layout = new FA2Layout(this.graph, {
      settings,
      getEdgeWeight: "weight",
      outputReducer: (key: string, attr: NodeAttrs) => {
        // Keep a dragged node under the pointer while the worker runs.
        if (key === this.dragged && this.dragPos) return { ...attr, x: this.dragPos.x, y: this.dragPos.y };
        return attr;
      },
    });
    this.layout.start();
    this.setLayoutStatus("running");

    const budget = budgetMs ?? Math.min(9000, 2500 + n * 8);
    const started = performance.now();
    let prev = this.snapshot();
    let calm = 0;
    const tick = () => {
      if (!this.layout) return;
      const cur = this.snapshot();
      const moved = displacement(prev, cur);
      prev = cur;
      calm = moved < 0.0025 ? calm + 1 : 0;
      if (calm >= 2 || performance.now() - started > budget) {
        this.stopLayout("settled");
        return;
      }
      this.layoutTimers.push(setTimeout(tick, 250));
    };
    this.layoutTimers.push(setTimeout(tick, 400));
  }

  stopLayout(status: LayoutStatus = "stopped"): void {
    for (const t of this.layoutTimers) clearTimeout(t);
    this.layoutTimers = [];
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
      this.setLayoutStatus(status);
    }
  }

  private setLayoutStatus(s: LayoutStatus) {
    this.layoutStatus = s;
    this.container.dataset.layout = s;
    this.events.onLayout?.(s);
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

  // -------------------------------------------------------- interactions

  private bindInteractions(): void {
    const r = this.renderer;
    r.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.hoverNeighbors = new Set(this.graph.neighbors(node));
      this.container.style.cursor = "pointer";
      r.refresh();
    });
    r.on("leaveNode", () => {
      this.hovered = null;
      this.hoverNeighbors.clear();
      if (!this.dragged) this.container.style.cursor = "";
      r.refresh();
    });
    r.on("downNode", (e) => {
      this.dragged = e.node;
      this.dragMoved = false;
      this.graph.setNodeAttribute(e.node, "fixed", true);
      if (!r.getCustomBBox()) r.setCustomBBox(r.getBBox());
    });
    r.on("moveBody", ({ event }) => {
      if (!this.dragged) return;
      const pos = r.viewportToGraph(event);
      this.dragPos = pos;
      this.dragMoved = true;
      this.graph.mergeNodeAttributes(this.dragged, { x: pos.x, y: pos.y });
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const release = () => {
      if (this.dragged && this.graph.hasNode(this.dragged)) this.graph.setNodeAttribute(this.dragged, "fixed", false);
      this.dragged = null;
      this.dragPos = null;
      this.container.style.cursor = this.hovered ? "pointer" : "";
    };
    r.on("upNode", release);
    r.on("upStage", release);
    r.getMouseCaptor().on("mouseup", release);
    r.on("clickNode", ({ node }) => {
      if (this.dragMoved) {
        this.dragMoved = false;
        return;
      }
      this.events.onNodeClick?.(node, this.graph.getNodeAttributes(node));
    });
    r.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      this.events.onNodeDoubleClick?.(e.node, this.graph.getNodeAttributes(e.node));
    });
    r.on("clickStage", () => this.events.onStageClick?.());
  }

  private reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const res: Partial<NodeDisplayData> = { ...data };
    const focus = this.hovered;
    if (this.pathNodes.size) {
      if (this.pathNodes.has(node)) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        res.color = DIM_NODE;
        res.label = null;
        res.zIndex = 0;
      }
    }
    if (focus) {
      if (node === focus || this.hoverNeighbors.has(node)) {
        res.forceLabel = true;
        res.zIndex = 3;
        if (node !== focus && this.pathNodes.size && !this.pathNodes.has(node)) res.color = data.color;
      } else {
        res.color = DIM_NODE;
        res.label = null;
        res.zIndex = 0;
      }
    }
    if (node === this.selected) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 4;
    }
    if (node === this.dragged) res.highlighted = true;
    return res;
  }

  private reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    const res: Partial<EdgeDisplayData> = { ...data };
    if (this.pathNodes.size) {
      if (data.onPath) {
        res.color = PATH_COLOR;
        res.size = Math.max(3, data.size);
        res.zIndex = 2;
      } else {
        res.color = "#eef2f7";
      }
    }
    if (this.hovered) {
      const [s, t] = this.graph.extremities(edge);
      if (s === this.hovered || t === this.hovered) {
        res.color = data.onPath && this.pathNodes.size ? PATH_COLOR : "#64748b";
        res.zIndex = 3;
      } else {
        res.hidden = true;
      }
    }
    return res;
  }

  // -------------------------------------------------------------- export

  /** Composite sigma's canvas layers (WebGL + 2D) onto one PNG. */
  toPNG(): Promise<Blob> {
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = document.createElement("canvas");
    out.width = Math.round(width * ratio);
    out.height = Math.round(height * ratio);
    const ctx = out.getContext("2d");
    if (!ctx) return Promise.reject(new Error("2D canvas unavailable"));
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    // Render synchronously so the WebGL drawing buffers are still valid in this task.
    this.renderer.refresh();
    const layers = Array.from(this.container.querySelectorAll("canvas")).filter((c) => !c.classList.contains("sigma-mouse"));
    for (const c of layers) {
      if (c.width === 0 || c.height === 0 || c.style.display === "none") continue;
      ctx.drawImage(c, 0, 0, out.width, out.height);
    }
    return new Promise((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  }

  kill(): void {
    this.stopLayout();
    this.renderer.kill();
  }
}

export function nodeAttrs(n: NetworkNode, maxW: number): Omit<NodeAttrs, "x" | "y"> {
  return {
    label: n.label,
    kind: n.kind,
    weight: n.weight,
    community: n.community,
    size: nodeSize(n.weight, maxW, n.kind),
    color: nodeColor(n.kind, n.community),
  };
}

function nodeColor(kind: EntityKind, community: number): string {
  return kind === "ORGANIZATION" ? communityColor(community) : KIND_COLORS[kind] ?? "#64748b";
}

function nodeSize(w: number, maxW: number, kind: EntityKind): number {
  if (kind !== "ORGANIZATION") return 4;
  return 3.5 + 16 * Math.sqrt(Math.max(0, w) / maxW);
}

function edgeSize(w: number, maxW: number): number {
  return 0.6 + 5 * Math.pow(Math.max(0, w) / maxW, 0.8);
}

/** Mean squared move between two snapshots, relative to the drawing's extent. */
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

function maxOf(floor: number, ...lists: number[][]): number {
  let m = floor;
  for (const l of lists) for (const v of l) if (v > m) m = v;
  return m;
}
