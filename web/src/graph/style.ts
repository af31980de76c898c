// How the network looks: node and edge attributes, colours and sizes.

import type Graph from "graphology";
import type { EntityKind, NetworkNode } from "../queries";

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
export const EDGE_COLOR = "#d5dce5";
export const DIM_NODE = "#e5e7eb";
export const PATH_COLOR = "#e11d48";

export function communityColor(c: number): string {
  return PALETTE[((c % PALETTE.length) + PALETTE.length) % PALETTE.length];
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

export function nodeColor(kind: EntityKind, community: number): string {
  return kind === "ORGANIZATION" ? communityColor(community) : KIND_COLORS[kind] ?? "#64748b";
}

export function nodeSize(w: number, maxW: number, kind: EntityKind): number {
  if (kind !== "ORGANIZATION") return 4;
  return 3.5 + 16 * Math.sqrt(Math.max(0, w) / maxW);
}

export function edgeSize(w: number, maxW: number): number {
  return 0.6 + 5 * Math.pow(Math.max(0, w) / maxW, 0.8);
}

export function maxOf(floor: number, ...lists: number[][]): number {
  let m = floor;
  for (const l of lists) for (const v of l) if (v > m) m = v;
  return m;
}
