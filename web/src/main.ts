// Coalition Graph Explorer: the page's wiring. State lives in the URL hash
// (see state.ts); the network and the side panel follow it.

import "./styles.css";
import { ApiError, gql, onBusy } from "./api";
import { clear, download, h, plural } from "./dom";
import { GraphView, type LayoutStatus } from "./graph/view";
import { edgesCSV, nodesCSV, toGEXF } from "./graph/export";
import { Q_COMMUNITIES_OF, Q_NETWORK, Q_STATS, normKind, normNetwork, type EntityKind, type Network, type Path, type Stats } from "./queries";
import { type AppState, type View, formatHash, networkKey, parseHash } from "./state";
import { createAutocomplete } from "./ui/autocomplete";
import type { Ctx, Panel } from "./ui/common";
import { letterPanel } from "./ui/letter";
import { officePanel } from "./ui/office";
import { orgPanel } from "./ui/org";
import { pathPanel } from "./ui/path";
import { personPanel } from "./ui/person";

const NETWORK_LIMIT = 300;

const bench = new URLSearchParams(location.search).get("bench");
if (bench) {
  import("./graph/bench").then((m) => m.runBench(bench));
} else {
  start();
}

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from index.html`);
  return el;
}

function start() {
  let state: AppState = parseHash(location.hash);
  let netKey = "";
  let netSeq = 0;
  let panel: Panel | null = null;
  let panelKey = "";
  let network: Network | null = null;
  let activePath: Path | null = null;

  const stage = $("graph");
  const stageStatus = $("stage-status");
  const panelEl = $("panel");
  const panelContent = $("panel-content");
  const banner = $("banner");

  // ------------------------------------------------------------ graph
  const view = new GraphView(stage, {
    onNodeClick: (id, a) => ctx.open(a.kind, id),
    onNodeDoubleClick: (id, a) => {
      if (a.kind === "ORGANIZATION") ctx.expand(id);
    },
    onLayout: (s) => showLayoutStatus(s),
  });
  new ResizeObserver(() => view.renderer.resize()).observe(stage);

  // ------------------------------------------------------------ context for panels
  const ctx: Ctx = {
    state: () => state,
    navigate,
    open(k: EntityKind, id: string) {
      const kind = normKind(k, id);
      const v: View = kind === "ORGANIZATION" ? "org" : kind === "PERSON" ? "person" : kind === "LETTER" ? "letter" : "office";
      navigate({ view: v, id, tab: v === "org" && state.view === "org" ? state.tab : "partners" });
      if (kind === "ORGANIZATION") view.centerOn(id);
    },
    focusNetwork(id: string) {
      navigate({ focus: id });
    },
    expand,
    showPath(p: Path | null) {
      activePath = p;
      view.setPath(p);
      if (p) {
        if (view.layoutStatus !== "running") view.startLayout(2500);
        view.fitNodes(p.nodes.map((n) => n.id));
      }
      $("path-legend").hidden = !p;
    },
    selectNode: (id) => view.select(id),
    labelOf: (id) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "label") : undefined),
  };

  // ------------------------------------------------------------ URL state
  function navigate(patch: Partial<AppState>, replace = false) {
    const next = { ...state, ...patch };
    const hash = formatHash(next) || location.pathname + location.search;
    if (replace) history.replaceState(null, "", hash);
    else history.pushState(null, "", hash);
    apply(parseHash(location.hash));
  }
  window.addEventListener("popstate", () => apply(parseHash(location.hash)));
  window.addEventListener("hashchange", () => apply(parseHash(location.hash)));

  function apply(s: AppState) {
    state = s;
    syncControls();
    const key = networkKey(s);
    if (key !== netKey) loadNetwork();
    showPanel();
    view.select(s.view === "org" ? s.id : null);
  }

  // ------------------------------------------------------------ network
  async function loadNetwork() {
    netKey = networkKey(state);
    const my = ++netSeq;
    setStage("loading", "Loading the co-signing network…");
    try {
      const data = await gql<{ network: Network }>(Q_NETWORK, {
        from: state.from,
        to: state.to,
        minShared: state.min,
        focus: state.focus || undefined,
        depth: state.focus ? state.depth : undefined,
        limit: NETWORK_LIMIT,
      });
      if (my !== netSeq) return;
      network = normNetwork(data.network);
      hideBanner();
      view.setNetwork(network);
      if (activePath) view.setPath(activePath);
      view.select(state.view === "org" ? state.id : null);
      view.resetCamera();
      summarize();
      syncControls(); // the focus label needs the graph's names
      if (network.nodes.length === 0) {
        setStage(
          "empty",
          state.focus
            ? "This organization has no co-signers with these settings. Lower the minimum shared letters or widen the years."
            : "No co-signing in this window. Widen the years or lower the minimum shared letters.",
        );
        return;
      }
      setStage("ready");
      view.startLayout();
    } catch (e) {
      if (my !== netSeq) return;
      netKey = ""; // allow a retry with the same settings
      network = null;
      view.setNetwork({ nodes: [], edges: [], truncated: false });
      summarize();
      console.warn("network load failed", e);
      setStage("error", e instanceof ApiError ? e.friendly : String(e), e);
      showBanner(e);
    }
  }

  async function expand(id: string) {
    const label = ctx.labelOf(id) ?? "this organization";
    setToast(`Adding the co-signers of ${label}…`);
    try {
      const data = await gql<{ network: Network }>(Q_NETWORK, {
        from: state.from,
        to: state.to,
        minShared: state.min,
        focus: id,
        depth: 1,
        limit: NETWORK_LIMIT,
      });
      const before = view.graph.order;
      view.mergeNetwork(normNetwork(data.network));
      const added = view.graph.order - before;
      if (added) {
        const members = view.graph.filterNodes((_, a) => a.kind === "ORGANIZATION");
        const comms = await gql<{ network: Network }>(Q_COMMUNITIES_OF, { from: state.from, to: state.to, minShared: state.min, members });
        view.setCommunities(comms.network);
      }
      network = graphAsNetwork();
      summarize();
      setStage(view.graph.order ? "ready" : "empty");
      const name = ctx.labelOf(id) ?? label;
      setToast(added ? `Added ${plural(added, "organization")} around ${name}.` : `All co-signers of ${name} are already shown.`);
      view.startLayout(3000);
    } catch (e) {
      setToast("");
      showBanner(e);
    }
  }

  function graphAsNetwork(): Network {
    const g = view.graph;
    return {
      truncated: network?.truncated ?? false,
      nodes: g.mapNodes((id, a) => ({ id, kind: a.kind, label: a.label, weight: a.weight, community: a.community })),
      edges: g.mapEdges((id, a, s, t) => ({ id, source: s, target: t, weight: a.weight, kind: a.kind })),
    };
  }

  function setStage(kind: "loading" | "ready" | "empty" | "error", message = "", err?: unknown) {
    document.body.dataset.network = kind;
    clear(stageStatus);
    stageStatus.hidden = kind === "ready";
    stageStatus.className = `stage-status stage-${kind}`;
    if (kind === "loading") stageStatus.append(h("span.spinner", { "aria-hidden": "true" }), message);
    if (kind === "empty") stageStatus.append(h("strong", "No results"), h("p", message));
    if (kind === "error") {
      const unavailable = err instanceof ApiError && err.kind === "unavailable";
      stageStatus.append(
        h("strong", unavailable ? "Neo4j is unreachable" : "Could not load the network"),
        h("p", message),
        h("button.btn", { type: "button", onclick: () => loadNetwork() }, "Retry"),
      );
    }
  }

  function summarize() {
    const el = $("summary");
    clear(el);
    const list = $("top-nodes");
    clear(list);
    if (!network) return;
    const orgs = network.nodes.filter((n) => n.kind === "ORGANIZATION").length;
    const communities = new Set(network.nodes.map((n) => n.community)).size;
    el.append(
      h("div", h("strong", orgs.toLocaleString("en-US")), ` organization${orgs === 1 ? "" : "s"}`),
      h("div", h("strong", network.edges.length.toLocaleString("en-US")), ` tie${network.edges.length === 1 ? "" : "s"}`),
      h("div", h("strong", String(communities)), ` communit${communities === 1 ? "y" : "ies"}`),
      network.truncated ? h("p.note", `Showing the ${NETWORK_LIMIT} busiest organizations; narrow the window or focus to see others.`) : "",
    );
    const top = [...network.nodes].sort((a, b) => b.weight - a.weight).slice(0, 10);
    for (const n of top) {
      list.appendChild(
        h(
          "li",
          h(
            "button.link",
            { type: "button", dataset: { id: n.id }, onclick: () => ctx.open(n.kind, n.id) },
            h("span.swatch", { style: { background: view.graph.hasNode(n.id) ? view.graph.getNodeAttribute(n.id, "color") : "#999" } }),
            n.label,
          ),
          h("span.count", String(n.weight)),
        ),
      );
    }
  }

  function showLayoutStatus(s: LayoutStatus) {
    const el = $("layout-status");
    el.textContent = s === "running" ? "Layout running…" : s === "settled" ? "Layout settled" : "Layout paused";
    el.dataset.status = s;
    ($("layout-stop") as HTMLButtonElement).disabled = s !== "running";
  }

  // ------------------------------------------------------------ panel
  function showPanel() {
    const key = state.view ? `${state.view}:${state.view === "path" ? "" : state.id}` : "";
    if (key === panelKey) {
      panel?.update?.(state);
      return;
    }
    panel?.destroy?.();
    panel = null;
    panelKey = key;
    clear(panelContent);
    if (!key || (state.view !== "path" && !state.id)) {
      panelEl.hidden = true;
      document.body.classList.remove("panel-open", "panel-wide");
      return;
    }
    panelEl.hidden = false;
    document.body.classList.add("panel-open");
    switch (state.view) {
      case "org":
        panel = orgPanel(panelContent, ctx, state.id);
        break;
      case "person":
        panel = personPanel(panelContent, ctx, state.id);
        break;
      case "letter":
        panel = letterPanel(panelContent, ctx, state.id);
        break;
      case "office":
        panel = officePanel(panelContent, ctx, state.id);
        break;
      case "path":
        panel = pathPanel(panelContent, ctx);
        break;
    }
    document.body.classList.toggle("panel-wide", !!panel?.wide);
    panelEl.dataset.view = state.view;
  }

  function closePanel() {
    if (state.view) navigate({ view: "", id: "" });
  }
  $("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    if (!panelEl.hidden) {
      e.preventDefault();
      closePanel();
      $("search").querySelector("input")?.focus();
    }
  });
  // Once a panel's title is rendered, move focus there so keyboard and
  // screen-reader users land in the panel (unless they are already in it).
  new MutationObserver(() => {
    const t = panelContent.querySelector<HTMLElement>(".panel-title");
    const inside = panelEl.contains(document.activeElement) && document.activeElement !== panelEl;
    if (t && !t.dataset.focused && !panelEl.hidden && !inside) {
      t.dataset.focused = "1";
      t.focus({ preventScroll: true });
    }
  }).observe(panelContent, { childList: true });

  // ------------------------------------------------------------ header search
  const search = createAutocomplete({
    id: "search-input",
    label: "Search organizations, people and letters",
    placeholder: "Search organizations, people, letters…",
    onSelect: (hit) => {
      ctx.open(hit.kind, hit.id);
      search.setValue("");
    },
  });
  $("search").appendChild(search.el);
  $("nav-path").addEventListener("click", () => navigate({ view: "path", id: "" }));
  document.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement;
    if (e.key === "/" && !/INPUT|TEXTAREA|SELECT/.test(t.tagName)) {
      e.preventDefault();
      search.input.focus();
    }
  });

  // ------------------------------------------------------------ controls
  const fromIn = $("year-from") as HTMLInputElement;
  const toIn = $("year-to") as HTMLInputElement;
  const minIn = $("min-shared") as HTMLInputElement;
  const minOut = $("min-shared-value") as HTMLOutputElement;
  const depthSel = $("focus-depth") as HTMLSelectElement;

  const yearOf = (el: HTMLInputElement) => {
    const v = el.value.trim();
    if (!v) return undefined;
    const n = Number.parseInt(v, 10);
    return Number.isFinite(n) ? n : undefined;
  };
  $("window-form").addEventListener("submit", (e) => {
    e.preventDefault();
    let from = yearOf(fromIn);
    let to = yearOf(toIn);
    if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
    navigate({ from, to });
  });
  fromIn.addEventListener("change", () => $("window-form").dispatchEvent(new Event("submit", { cancelable: true })));
  toIn.addEventListener("change", () => $("window-form").dispatchEvent(new Event("submit", { cancelable: true })));
  $("window-clear").addEventListener("click", () => navigate({ from: undefined, to: undefined }));
  minIn.addEventListener("input", () => (minOut.value = minIn.value));
  minIn.addEventListener("change", () => navigate({ min: Math.max(1, Number.parseInt(minIn.value, 10) || 1) }));
  depthSel.addEventListener("change", () => navigate({ depth: depthSel.value === "2" ? 2 : 1 }));
  $("focus-clear").addEventListener("click", () => navigate({ focus: "" }));
  $("focus-selected").addEventListener("click", () => {
    if (state.view === "org" && state.id) navigate({ focus: state.id });
  });

  // Never overwrite a field the user is typing in: a change in one year field
  // navigates while the other may already hold a new value.
  const setIdle = (el: HTMLInputElement, v: string) => {
    if (document.activeElement !== el) el.value = v;
  };
  function syncControls() {
    setIdle(fromIn, state.from !== undefined ? String(state.from) : "");
    setIdle(toIn, state.to !== undefined ? String(state.to) : "");
    minIn.value = String(state.min);
    minOut.value = String(state.min);
    depthSel.value = String(state.depth);
    const focusName = $("focus-name");
    const focused = !!state.focus;
    focusName.textContent = focused ? ctx.labelOf(state.focus) ?? state.focus : "Whole network (busiest organizations)";
    focusName.classList.toggle("muted", !focused);
    ($("focus-clear") as HTMLButtonElement).hidden = !focused;
    depthSel.disabled = !focused;
    ($("focus-selected") as HTMLButtonElement).disabled = !(state.view === "org" && state.id && state.id !== state.focus);
  }

  // ------------------------------------------------------------ layout & camera
  $("layout-run").addEventListener("click", () => view.startLayout());
  $("layout-stop").addEventListener("click", () => view.stopLayout("stopped"));
  $("zoom-in").addEventListener("click", () => view.zoom(1 / 1.5));
  $("zoom-out").addEventListener("click", () => view.zoom(1.5));
  $("zoom-reset").addEventListener("click", () => view.resetCamera());

  // ------------------------------------------------------------ export
  const baseName = () => {
    const parts = ["coalition"];
    if (state.focus) parts.push(state.focus.replace(/[^a-z0-9]+/gi, "-"));
    if (state.from !== undefined || state.to !== undefined) parts.push(`${state.from ?? ""}-${state.to ?? ""}`);
    if (state.min > 1) parts.push(`min${state.min}`);
    return parts.join("_");
  };
  $("export-png").addEventListener("click", async () => {
    try {
      download(`${baseName()}.png`, await view.toPNG());
    } catch (e) {
      setToast(`PNG export failed: ${(e as Error).message}`);
    }
  });
  $("export-gexf").addEventListener("click", () => {
    const desc = `Co-signing network${state.focus ? ` around ${ctx.labelOf(state.focus) ?? state.focus}` : ""}; years ${state.from ?? "any"}–${state.to ?? "any"}; at least ${state.min} shared letter(s).`;
    download(`${baseName()}.gexf`, new Blob([toGEXF(view.graph, desc)], { type: "application/gexf+xml" }));
  });
  $("export-nodes").addEventListener("click", () =>
    download(`${baseName()}_nodes.csv`, new Blob([nodesCSV(view.graph)], { type: "text/csv" })),
  );
  $("export-edges").addEventListener("click", () =>
    download(`${baseName()}_edges.csv`, new Blob([edgesCSV(view.graph)], { type: "text/csv" })),
  );

  // ------------------------------------------------------------ banner, toast, busy
  function showBanner(e: unknown) {
    const unavailable = e instanceof ApiError && e.kind === "unavailable";
    clear(banner);
    banner.hidden = false;
    banner.dataset.code = e instanceof ApiError ? e.code ?? e.kind : "error";
    banner.append(
      h("strong", unavailable ? "Neo4j is unreachable." : "Something went wrong."),
      " ",
      e instanceof ApiError ? (unavailable ? "The graph database did not answer; the explorer will work again once it is back." : e.friendly) : String(e),
      h("button.btn.btn-small", { type: "button", onclick: () => { hideBanner(); loadNetwork(); } }, "Retry"),
      h("button.banner-close", { type: "button", "aria-label": "Dismiss", onclick: hideBanner }, "×"),
    );
  }
  function hideBanner() {
    banner.hidden = true;
    clear(banner);
  }
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  function setToast(text: string) {
    const t = $("toast");
    t.textContent = text;
    t.hidden = !text;
    clearTimeout(toastTimer);
    if (text) toastTimer = setTimeout(() => (t.hidden = true), 4000);
  }
  onBusy((busy) => document.body.classList.toggle("busy", busy));

  // ------------------------------------------------------------ stats
  gql<{ stats: Stats }>(Q_STATS)
    .then(({ stats }) => {
      const y1 = stats.firstDate?.slice(0, 4);
      const y2 = stats.lastDate?.slice(0, 4);
      $("stats").textContent = `${plural(stats.letters, "letter")} · ${plural(stats.organizations, "organization")} · ${plural(stats.people, "person", "people")}${y1 && y2 ? ` · ${y1}–${y2}` : ""}`;
      if (y1) {
        fromIn.placeholder = y1;
        toIn.min = fromIn.min = y1;
      }
      if (y2) {
        toIn.placeholder = y2;
        toIn.max = fromIn.max = y2;
      }
    })
    .catch(() => {
      /* the network load reports errors */
    });

  apply(state);
  (window as unknown as { __coalition: unknown }).__coalition = { view, state: () => state, expand: (id: string) => expand(id) };
}
