// Path finder: how two organizations or people are connected (`path` query).

import { gql } from "../api";
import { clear, h } from "../dom";
import { Q_PATH, normNetwork, type NetworkEdge, type Path } from "../queries";
import type { AppState } from "../state";
import { createAutocomplete, kindLabel } from "./autocomplete";
import { type Ctx, type Panel, empty, entityLink, errorBox, loading, panelHeader } from "./common";

export function pathPanel(root: HTMLElement, ctx: Ctx): Panel {
  let state = ctx.state();
  let seq = 0;
  const kinds = ["ORGANIZATION", "PERSON"] as const;
  const from = createAutocomplete({
    id: "path-from",
    label: "From",
    placeholder: "From: organization or person",
    kinds: [...kinds],
    compact: true,
    onSelect: (hit) => ctx.navigate({ pathFrom: hit.id }, true),
  });
  const to = createAutocomplete({
    id: "path-to",
    label: "To",
    placeholder: "To: organization or person",
    kinds: [...kinds],
    compact: true,
    onSelect: (hit) => ctx.navigate({ pathTo: hit.id }, true),
  });
  const result = h("div.path-result", { "aria-live": "polite" });
  const swap = h("button.btn.btn-small.btn-ghost", {
    type: "button",
    title: "Swap ends",
    "aria-label": "Swap from and to",
    onclick: () => ctx.navigate({ pathFrom: state.pathTo, pathTo: state.pathFrom }, true),
  }, "⇅ Swap");

  root.append(
    panelHeader("Path finder", "How are they connected?", [h("span", "The shortest chain of letters, roles and affiliations between two entities.")]),
    h(
      "div.panel-body",
      h("form.path-form", { onsubmit: (e: Event) => e.preventDefault() },
        h("div.field", h("span.field-label", "From"), from.el),
        h("div.field", h("span.field-label", "To"), to.el),
        h("div.actions", swap, h("button.btn.btn-small.btn-ghost", { type: "button", onclick: () => ctx.navigate({ pathFrom: "", pathTo: "" }, true) }, "Clear")),
      ),
      result,
    ),
  );

  async function run() {
    const my = ++seq;
    from.setValue(state.pathFrom ? ctx.labelOf(state.pathFrom) ?? from.input.value ?? state.pathFrom : "");
    to.setValue(state.pathTo ? ctx.labelOf(state.pathTo) ?? to.input.value ?? state.pathTo : "");
    clear(result);
    if (!state.pathFrom || !state.pathTo) {
      ctx.showPath(null);
      result.appendChild(empty("Pick two organizations or people."));
      return;
    }
    if (state.pathFrom === state.pathTo) {
      ctx.showPath(null);
      result.appendChild(empty("Pick two different entities."));
      return;
    }
    result.appendChild(loading("Finding the shortest path…"));
    try {
      const data = await gql<{ path: Path | null }>(Q_PATH, { from: state.pathFrom, to: state.pathTo });
      if (my !== seq) return;
      clear(result);
      const p = data.path ? normNetwork(data.path) : null;
      if (!p || p.nodes.length === 0) {
        ctx.showPath(null);
        result.appendChild(empty("No connection found within 6 hops."));
        return;
      }
      from.setValue(p.nodes[0].label);
      to.setValue(p.nodes[p.nodes.length - 1].label);
      ctx.showPath(p);
      result.appendChild(h("p.path-summary", `${p.length} hop${p.length === 1 ? "" : "s"}, drawn in red on the graph.`));
      result.appendChild(
        h(
          "ol.path-list",
          ...p.nodes.map((n, i) => {
            const edge = i > 0 ? edgeBetween(p.edges, p.nodes[i - 1].id, n.id) : undefined;
            return h(
              "li.path-step",
              i > 0 ? h("div.path-edge", edge ? describe(edge) : "linked to") : null,
              h("div.path-node", h("span.badge", { class: `kind-${n.kind.toLowerCase()}` }, kindLabel(n.kind)), " ", entityLink(ctx, n.kind, n.id, n.label)),
            );
          }),
        ),
      );
    } catch (e) {
      if (my !== seq) return;
      clear(result);
      ctx.showPath(null);
      result.appendChild(errorBox(e, run));
    }
  }

  run();
  return {
    update(s: AppState) {
      const changed = s.pathFrom !== state.pathFrom || s.pathTo !== state.pathTo;
      state = s;
      if (changed) run();
    },
    destroy() {
      ctx.showPath(null);
    },
  };
}

function edgeBetween(edges: NetworkEdge[], a: string, b: string): NetworkEdge | undefined {
  return edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
}

function describe(e: NetworkEdge): string {
  const kind = e.kind.toLowerCase().replace(/_/g, " ");
  if (/co.?sign/.test(kind)) return `co-signed ${e.weight} letter${e.weight === 1 ? "" : "s"}`;
  return kind;
}
