// Exports of what is on screen: GEXF 1.3 (with viz: colour, size, position) and CSV.

import type { CoGraph } from "./view";

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [100, 116, 139];
  const v = Number.parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const num = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : "0");

export function toGEXF(graph: CoGraph, description: string): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push(`  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">`);
  out.push("    <creator>Coalition Graph Explorer</creator>");
  out.push(`    <description>${xml(description)}</description>`);
  out.push("  </meta>");
  out.push('  <graph mode="static" defaultedgetype="undirected">');
  out.push('    <attributes class="node">');
  out.push('      <attribute id="kind" title="kind" type="string"/>');
  out.push('      <attribute id="letters" title="letters signed" type="double"/>');
  out.push('      <attribute id="community" title="community" type="integer"/>');
  out.push("    </attributes>");
  out.push('    <attributes class="edge">');
  out.push('      <attribute id="kind" title="kind" type="string"/>');
  out.push("    </attributes>");
  out.push("    <nodes>");
  graph.forEachNode((id, a) => {
    const [r, g, b] = rgb(a.color);
    out.push(`      <node id="${xml(id)}" label="${xml(a.label)}">`);
    out.push("        <attvalues>");
    out.push(`          <attvalue for="kind" value="${xml(a.kind)}"/>`);
    out.push(`          <attvalue for="letters" value="${num(a.weight)}"/>`);
    out.push(`          <attvalue for="community" value="${a.community}"/>`);
    out.push("        </attvalues>");
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push(`        <viz:size value="${num(a.size)}"/>`);
    out.push(`        <viz:position x="${num(a.x)}" y="${num(a.y)}" z="0"/>`);
    out.push("      </node>");
  });
  out.push("    </nodes>");
  out.push("    <edges>");
  graph.forEachEdge((id, a, s, t) => {
    out.push(`      <edge id="${xml(id)}" source="${xml(s)}" target="${xml(t)}" weight="${num(a.weight)}">`);
    out.push(`        <attvalues><attvalue for="kind" value="${xml(a.kind)}"/></attvalues>`);
    out.push("      </edge>");
  });
  out.push("    </edges>");
  out.push("  </graph>");
  out.push("</gexf>");
  return out.join("\n") + "\n";
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csvRow(cells: unknown[]): string {
  return cells.map(csvCell).join(",");
}

export function nodesCSV(graph: CoGraph): string {
  const rows = [csvRow(["id", "label", "kind", "letters", "community", "degree", "x", "y"])];
  graph.forEachNode((id, a) =>
    rows.push(csvRow([id, a.label, a.kind, a.weight, a.community, graph.degree(id), num(a.x), num(a.y)])),
  );
  return rows.join("\r\n") + "\r\n";
}

export function edgesCSV(graph: CoGraph): string {
  const rows = [csvRow(["id", "source", "target", "source_label", "target_label", "shared_letters", "kind"])];
  graph.forEachEdge((id, a, s, t, sa, ta) => rows.push(csvRow([id, s, t, sa.label, ta.label, a.weight, a.kind])));
  return rows.join("\r\n") + "\r\n";
}
