// A path drawn over the network: its nodes and edges stand out, and those
// the network does not show are added for as long as the path is shown.

import type { Network, NetworkEdge, Path } from "../queries";
import type { Highlight } from "./highlight";
import { maxOf, nodeAttrs, type CoGraph } from "./style";

export interface PathHost {
  graph: CoGraph;
  hl: Highlight;
  stopLayout(): void;
  refresh(): void;
  addEdges(edges: NetworkEdge[], onPath: boolean): void;
  positions(net: Network): Map<string, { x: number; y: number }>;
}

export class PathOverlay {
  private addedNodes: string[] = [];
  private addedEdges: string[] = [];

  constructor(private host: PathHost) {}

  /** Forget the path without touching the graph (it was replaced). */
  reset(): void {
    this.host.hl.pathNodes.clear();
    this.addedNodes = [];
    this.addedEdges = [];
  }

  set(path: Path | null): void {
    const { graph, hl } = this.host;
    // Undo the previous path: its extra nodes and edges go, the others lose their mark.
    if (this.addedNodes.length || this.addedEdges.length) this.host.stopLayout();
    for (const e of this.addedEdges) if (graph.hasEdge(e)) graph.dropEdge(e);
    for (const n of this.addedNodes) if (graph.hasNode(n)) graph.dropNode(n);
    this.addedNodes = [];
    this.addedEdges = [];
    graph.forEachEdge((e) => graph.setEdgeAttribute(e, "onPath", false));
    hl.pathNodes.clear();
    if (!path || path.nodes.length === 0) {
      this.host.refresh();
      return;
    }
    this.placeMissing(path);
    for (const n of path.nodes) hl.pathNodes.add(n.id);
    const before = new Set(graph.edges());
    this.host.addEdges(pathEdges(path), true);
    graph.forEachEdge((e) => {
      if (!before.has(e)) this.addedEdges.push(e);
    });
    this.host.refresh();
  }

  /** Place the path's nodes the network does not show between their path neighbours. */
  private placeMissing(path: Path): void {
    const { graph } = this.host;
    if (!path.nodes.some((n) => !graph.hasNode(n.id))) return;
    this.host.stopLayout();
    const maxW = maxOf(1, graph.mapNodes((_, a) => a.weight));
    const anchor = this.host.positions(path as unknown as Network);
    path.nodes.forEach((n, i) => {
      if (graph.hasNode(n.id)) return;
      const prev = path.nodes[i - 1] && anchor.get(path.nodes[i - 1].id);
      const next = path.nodes.slice(i + 1).map((x) => anchor.get(x.id)).find(Boolean);
      const base = prev && next ? { x: (prev.x + next.x) / 2, y: (prev.y + next.y) / 2 } : prev || next || { x: 0, y: 0 };
      const p = { x: base.x + (Math.random() - 0.5) * 30, y: base.y + (Math.random() - 0.5) * 30 };
      anchor.set(n.id, p);
      graph.addNode(n.id, { ...nodeAttrs(n, maxW), x: p.x, y: p.y });
      this.addedNodes.push(n.id);
    });
  }
}

/**
 * A path's edges keyed by their ends (path edge ids are only unique within
 * one answer); consecutive nodes are linked even if the answer left an edge out.
 */
function pathEdges(path: Path): NetworkEdge[] {
  const edges: NetworkEdge[] = path.edges.map((e) => ({ ...e, id: `path:${e.source}|${e.target}` }));
  for (let i = 1; i < path.nodes.length; i++) {
    const s = path.nodes[i - 1].id;
    const t = path.nodes[i].id;
    if (!edges.some((e) => (e.source === s && e.target === t) || (e.source === t && e.target === s))) {
      edges.push({ id: `path:${s}|${t}`, source: s, target: t, weight: 1, kind: "PATH" });
    }
  }
  return edges;
}
