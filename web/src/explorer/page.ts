// The explorer page: the network on the stage, the controls beside it and
// the side panel, all following the URL's state (state.ts). Each part has
// its module; this one wires them together.

import { GraphView } from "../graph/view";
import { mountHeader } from "../header";
import { normKind, type EntityKind, type Path } from "../queries";
import { onEditing } from "../session";
import { StateStore, type View } from "../state";
import type { Ctx } from "../ui/common";
import { Controls } from "./controls";
import { $ } from "./dom";
import { NetworkStage } from "./network";
import { Notices } from "./notices";
import { PanelHost } from "./panels";
import { bindStageTools, showLayoutStatus } from "./stageTools";

export function startExplorer(): void {
  const store = new StateStore();
  const stage = $("graph");
  const view = new GraphView(stage, {
    onNodeClick: (id, a) => ctx.open(a.kind, id),
    onNodeDoubleClick: (id, a) => {
      if (a.kind === "ORGANIZATION") void network.expand(id);
    },
    onLayout: showLayoutStatus,
  });
  new ResizeObserver(() => view.renderer.resize()).observe(stage);
  const labelOf = (id: string) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "label") : undefined);
  const notices = new Notices(() => void network.load());
  const controls = new Controls(store, labelOf);
  const network = new NetworkStage(view, () => store.get(), notices, (k, id) => ctx.open(k, id), labelOf, () => controls.sync());

  const ctx: Ctx = {
    state: () => store.get(),
    navigate: (patch, replace) => store.navigate(patch, replace),
    open(k: EntityKind, id: string) {
      const kind = normKind(k, id);
      const v: View = kind === "ORGANIZATION" ? "org" : kind === "PERSON" ? "person" : kind === "LETTER" ? "letter" : "office";
      const s = store.get();
      store.navigate({ view: v, id, tab: v === "org" && s.view === "org" ? s.tab : "partners" });
      if (kind === "ORGANIZATION") view.centerOn(id);
    },
    focusNetwork: (id) => store.navigate({ focus: id }),
    expand: (id) => void network.expand(id),
    showPath(p: Path | null) {
      network.activePath = p;
      view.setPath(p);
      if (p) {
        if (view.layoutStatus !== "running") view.startLayout(2500);
        view.fitNodes(p.nodes.map((n) => n.id));
      }
      $("path-legend").hidden = !p;
    },
    selectNode: (id) => view.select(id),
    labelOf,
    async changed(message: string) {
      notices.toast(message);
      await network.reload();
      void controls.showStats();
    },
  };

  const panels = new PanelHost(store, ctx);
  bindStageTools(view, () => store.get(), labelOf, (t) => notices.toast(t));
  mountHeader({ onSearch: (hit) => ctx.open(hit.kind, hit.id) });
  $("nav-path").addEventListener("click", () => store.navigate({ view: "path", id: "" }));
  const add = $("nav-add") as HTMLButtonElement;
  add.addEventListener("click", () => store.navigate({ view: "add", id: "" }));
  let editingKey = "";
  onEditing((ed) => {
    add.hidden = !ed.enabled;
    const key = `${ed.enabled}/${ed.authorized}`;
    // A panel with edit controls shows them, or not, as editing allows.
    if (editingKey && key !== editingKey) panels.show(store.get(), true);
    editingKey = key;
  });

  store.subscribe((s) => {
    controls.sync();
    network.follow(s);
    panels.show(s);
    view.select(s.view === "org" ? s.id : null);
  });
  store.refresh();
  void controls.showStats();
  (window as unknown as { __coalition: unknown }).__coalition = { view, state: () => store.get(), expand: (id: string) => network.expand(id) };
}
