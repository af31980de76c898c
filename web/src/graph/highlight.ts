// What stands out in the drawing: the hovered node and its neighbours, the
// selected node, the node being dragged and a path. Sigma asks the reducers
// below for every node and edge it draws.

import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { DIM_NODE, PATH_COLOR, type CoGraph, type EdgeAttrs, type NodeAttrs } from "./style";

export class Highlight {
  hovered: string | null = null;
  hoverNeighbors = new Set<string>();
  selected: string | null = null;
  dragged: string | null = null;
  pathNodes = new Set<string>();

  constructor(private graph: CoGraph) {}

  hover(node: string | null): void {
    this.hovered = node;
    this.hoverNeighbors = node ? new Set(this.graph.neighbors(node)) : new Set();
  }

  reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
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

  reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
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
}
