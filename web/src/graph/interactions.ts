// Pointer interactions with the drawing: hover, click, double-click, and
// dragging a node (which the layout then leaves where it is dropped).

import type Sigma from "sigma";
import type { Highlight } from "./highlight";
import type { CoGraph, EdgeAttrs, NodeAttrs } from "./style";

export interface GraphViewEvents {
  onNodeClick?: (id: string, attrs: NodeAttrs) => void;
  onNodeDoubleClick?: (id: string, attrs: NodeAttrs) => void;
  onStageClick?: () => void;
}

/** The node being dragged and where, for the layout to hold it there. */
export interface Drag {
  pos: { x: number; y: number } | null;
  moved: boolean;
}

export function bindInteractions(
  r: Sigma<NodeAttrs, EdgeAttrs>,
  graph: CoGraph,
  container: HTMLElement,
  hl: Highlight,
  drag: Drag,
  events: GraphViewEvents,
): void {
  r.on("enterNode", ({ node }) => {
    hl.hover(node);
    container.style.cursor = "pointer";
    r.refresh();
  });
  r.on("leaveNode", () => {
    hl.hover(null);
    if (!hl.dragged) container.style.cursor = "";
    r.refresh();
  });
  r.on("downNode", (e) => {
    hl.dragged = e.node;
    drag.moved = false;
    graph.setNodeAttribute(e.node, "fixed", true);
    if (!r.getCustomBBox()) r.setCustomBBox(r.getBBox());
  });
  r.on("moveBody", ({ event }) => {
    if (!hl.dragged) return;
    const pos = r.viewportToGraph(event);
    drag.pos = pos;
    drag.moved = true;
    graph.mergeNodeAttributes(hl.dragged, { x: pos.x, y: pos.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    if (hl.dragged && graph.hasNode(hl.dragged)) graph.setNodeAttribute(hl.dragged, "fixed", false);
    hl.dragged = null;
    drag.pos = null;
    container.style.cursor = hl.hovered ? "pointer" : "";
  };
  r.on("upNode", release);
  r.on("upStage", release);
  r.getMouseCaptor().on("mouseup", release);
  r.on("clickNode", ({ node }) => {
    if (drag.moved) {
      drag.moved = false;
      return;
    }
    events.onNodeClick?.(node, graph.getNodeAttributes(node));
  });
  r.on("doubleClickNode", (e) => {
    e.preventSigmaDefault();
    events.onNodeDoubleClick?.(e.node, graph.getNodeAttributes(e.node));
  });
  r.on("clickStage", () => events.onStageClick?.());
}
