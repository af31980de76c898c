// The network view: a graphology graph drawn by sigma (WebGL). This class
// holds the graph and the renderer and places what networks add; the
// layout (layout.ts), what stands out (highlight.ts), a path
// (pathOverlay.ts), pointer interactions (interactions.ts), the camera
// (camera.ts) and PNG export (png.ts) each have a module of their own.

import Graph from "graphology";
import Sigma from "sigma";
import type { Network, NetworkEdge, NetworkNode, Path } from "../queries";
import { centerOn, fitNodes, resetCamera, zoom } from "./camera";
import { Highlight } from "./highlight";
import { bindInteractions, type Drag, type GraphViewEvents } from "./interactions";
import { Layout, type LayoutStatus } from "./layout";
import { PathOverlay } from "./pathOverlay";
import { toPNG } from "./png";
import { EDGE_COLOR, communityColor, edgeSize, maxOf, nodeAttrs, nodeColor, nodeSize, type CoGraph, type EdgeAttrs, type NodeAttrs } from "./style";

export type { CoGraph, EdgeAttrs, NodeAttrs } from "./style";
export { PALETTE, communityColor, nodeAttrs } from "./style";
export type { LayoutStatus } from "./layout";

export interface ViewEvents extends GraphViewEvents {
  onLayout?: (status: LayoutStatus) => void;
}

type Point = { x: number; y: number };

export class GraphView {
  readonly graph: CoGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  readonly renderer: Sigma<NodeAttrs, EdgeAttrs>;
  private hl = new Highlight(this.graph);
  private drag: Drag = { pos: null, moved: false };
  private layout: Layout;
  private path: PathOverlay;

  constructor(
    private container: HTMLElement,
    events: ViewEvents = {},
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
      nodeReducer: (node, data) => this.hl.reduceNode(node, data),
      edgeReducer: (edge, data) => this.hl.reduceEdge(edge, data),
    });
    this.layout = new Layout(
      this.graph,
      () => (this.hl.dragged && this.drag.pos ? { id: this.hl.dragged, ...this.drag.pos } : null),
      (s) => {
        this.container.dataset.layout = s;
        events.onLayout?.(s);
      },
    );
    this.path = new PathOverlay({
      graph: this.graph,
      hl: this.hl,
      stopLayout: () => this.stopLayout("stopped"),
      refresh: () => this.renderer.refresh(),
      addEdges: (edges, onPath) => this.addEdges(edges, onPath),
      positions: (net) => this.positionsOf(net),
    });
    bindInteractions(this.renderer, this.graph, container, this.hl, this.drag, events);
  }

  get layoutStatus(): LayoutStatus {
    return this.layout.status;
  }

  // ---------------------------------------------------------------- data

  /** Replace the graph with a network answer. Known nodes keep their position. */
  setNetwork(net: Network): void {
    const old = new Map<string, Point>();
    this.graph.forEachNode((n, a) => old.set(n, { x: a.x, y: a.y }));
    this.stopLayout("stopped");
    this.graph.clear();
    this.path.reset();
    this.hl.hover(null);
    this.mergeNetwork(net, old);
  }

  /** Add nodes and edges (e.g. an expanded neighbourhood) to what is drawn. */
  mergeNetwork(net: Network, positions?: Map<string, Point>): string[] {
    this.stopLayout("stopped");
    const maxW = maxOf(1, net.nodes.map((n) => n.weight), this.graph.mapNodes((_, a) => a.weight));
    const added: string[] = [];
    const anchor = this.positionsOf(net);
    for (const n of net.nodes) {
      if (this.graph.hasNode(n.id)) {
        this.graph.mergeNodeAttributes(n.id, { weight: n.weight, community: n.community, label: n.label });
        continue;
      }
      const p = positions?.get(n.id) ?? initialPosition(n, net.edges, anchor);
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

  /** Where the network's nodes that are already drawn are. */
  private positionsOf(net: Network): Map<string, Point> {
    const m = new Map<string, Point>();
    for (const n of net.nodes) {
      if (this.graph.hasNode(n.id)) m.set(n.id, { x: this.graph.getNodeAttribute(n.id, "x"), y: this.graph.getNodeAttribute(n.id, "y") });
    }
    return m;
  }

  // --------------------------------------------------- highlight, camera

  /** Highlight a path; nodes it needs that are not drawn yet are added. */
  setPath(path: Path | null): void {
    this.path.set(path);
  }

  hasPath(): boolean {
    return this.hl.pathNodes.size > 0;
  }

  select(id: string | null): void {
    this.hl.selected = id && this.graph.hasNode(id) ? id : null;
    this.renderer.refresh();
  }

  centerOn(id: string): void {
    centerOn(this.renderer, this.graph, id);
  }

  fitNodes(ids: string[]): void {
    fitNodes(this.renderer, this.graph, ids);
  }

  resetCamera(): void {
    resetCamera(this.renderer);
  }

  zoom(factor: number): void {
    zoom(this.renderer, factor);
  }

  // -------------------------------------------------------------- layout

  /** Run ForceAtlas2 until the layout settles or the time budget runs out. */
  startLayout(budgetMs?: number): void {
    this.layout.start(budgetMs);
  }

  stopLayout(status: LayoutStatus = "stopped"): void {
    this.layout.stop(status);
  }

  // -------------------------------------------------------------- export

  toPNG(): Promise<Blob> {
    return toPNG(this.renderer, this.container);
  }

  kill(): void {
    this.stopLayout();
    this.renderer.kill();
  }
}

/** Near a neighbour that is already placed, otherwise on a community-seeded disc. */
function initialPosition(n: NetworkNode, edges: NetworkEdge[], anchor: Map<string, Point>): Point {
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
