// The co-signing network on the stage: loading it for the URL's window,
// focus and threshold, expanding an organization's neighbours, the stage's
// status (loading, empty, error) and the "In view" summary.

import { ApiError, gql } from "../api";
import { clear, h, plural } from "../dom";
import type { GraphView } from "../graph/view";
import { Q_COMMUNITIES_OF, Q_NETWORK, normNetwork, type EntityKind, type Network, type Path } from "../queries";
import { networkKey, type AppState } from "../state";
import { $ } from "./dom";
import type { Notices } from "./notices";

export const NETWORK_LIMIT = 300;

type StageKind = "loading" | "ready" | "empty" | "error";

export class NetworkStage {
  network: Network | null = null;
  activePath: Path | null = null;
  private key = "";
  private seq = 0;
  private status = $("stage-status");

  constructor(
    private view: GraphView,
    private state: () => AppState,
    private notices: Notices,
    private open: (kind: EntityKind, id: string) => void,
    private labelOf: (id: string) => string | undefined,
    private loaded: () => void,
  ) {}

  /** Load the network when the state asks for another one. */
  follow(s: AppState): void {
    if (networkKey(s) !== this.key) void this.load();
  }

  /** Load the network again, even for the same settings (after an edit). */
  reload(): Promise<void> {
    return this.load();
  }

  async load(): Promise<void> {
    const state = this.state();
    this.key = networkKey(state);
    const my = ++this.seq;
    this.setStage("loading", "Loading the co-signing network…");
    try {
      const data = await gql<{ network: Network }>(Q_NETWORK, {
        from: state.from,
        to: state.to,
        minShared: state.min,
        focus: state.focus || undefined,
        depth: state.focus ? state.depth : undefined,
        limit: NETWORK_LIMIT,
      });
      if (my !== this.seq) return;
      this.network = normNetwork(data.network);
      this.notices.hideBanner();
      this.view.setNetwork(this.network);
      if (this.activePath) this.view.setPath(this.activePath);
      this.view.select(state.view === "org" ? state.id : null);
      this.view.resetCamera();
      this.summarize();
      this.loaded(); // the focus label needs the graph's names
      if (this.network.nodes.length === 0) {
        this.setStage(
          "empty",
          state.focus
            ? "This organization has no co-signers with these settings. Lower the minimum shared letters or widen the years."
            : "No co-signing in this window. Widen the years or lower the minimum shared letters.",
        );
        return;
      }
      this.setStage("ready");
      this.view.startLayout();
    } catch (e) {
      if (my !== this.seq) return;
      this.key = ""; // allow a retry with the same settings
      this.network = null;
      this.view.setNetwork({ nodes: [], edges: [], truncated: false });
      this.summarize();
      console.warn("network load failed", e);
      this.setStage("error", e instanceof ApiError ? e.friendly : String(e), e);
      this.notices.showBanner(e);
    }
  }

  /** Add an organization's co-signers to what is drawn. */
  async expand(id: string): Promise<void> {
    const state = this.state();
    const label = this.labelOf(id) ?? "this organization";
    this.notices.toast(`Adding the co-signers of ${label}…`);
    try {
      const data = await gql<{ network: Network }>(Q_NETWORK, {
        from: state.from,
        to: state.to,
        minShared: state.min,
        focus: id,
        depth: 1,
        limit: NETWORK_LIMIT,
      });
      const before = this.view.graph.order;
      this.view.mergeNetwork(normNetwork(data.network));
      const added = this.view.graph.order - before;
      if (added) {
        const members = this.view.graph.filterNodes((_, a) => a.kind === "ORGANIZATION");
        const comms = await gql<{ network: Network }>(Q_COMMUNITIES_OF, { from: state.from, to: state.to, minShared: state.min, members });
        this.view.setCommunities(comms.network);
      }
      this.network = this.drawn();
      this.summarize();
      this.setStage(this.view.graph.order ? "ready" : "empty");
      const name = this.labelOf(id) ?? label;
      this.notices.toast(added ? `Added ${plural(added, "organization")} around ${name}.` : `All co-signers of ${name} are already shown.`);
      this.view.startLayout(3000);
    } catch (e) {
      this.notices.toast("");
      this.notices.showBanner(e);
    }
  }

  /** What is drawn now, as a network. */
  private drawn(): Network {
    const g = this.view.graph;
    return {
      truncated: this.network?.truncated ?? false,
      nodes: g.mapNodes((id, a) => ({ id, kind: a.kind, label: a.label, weight: a.weight, community: a.community })),
      edges: g.mapEdges((id, a, s, t) => ({ id, source: s, target: t, weight: a.weight, kind: a.kind })),
    };
  }

  private setStage(kind: StageKind, message = "", err?: unknown): void {
    const el = this.status;
    document.body.dataset.network = kind;
    clear(el);
    el.hidden = kind === "ready";
    el.className = `stage-status stage-${kind}`;
    if (kind === "loading") el.append(h("span.spinner", { "aria-hidden": "true" }), message);
    if (kind === "empty") el.append(h("strong", "No results"), h("p", message));
    if (kind === "error") {
      const unavailable = err instanceof ApiError && err.kind === "unavailable";
      el.append(
        h("strong", unavailable ? "Neo4j is unreachable" : "Could not load the network"),
        h("p", message),
        h("button.btn", { type: "button", onclick: () => this.load() }, "Retry"),
      );
    }
  }

  /** The "In view" counts and the busiest organizations drawn. */
  private summarize(): void {
    const el = $("summary");
    clear(el);
    const list = $("top-nodes");
    clear(list);
    const network = this.network;
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
      const color = this.view.graph.hasNode(n.id) ? this.view.graph.getNodeAttribute(n.id, "color") : "#999";
      list.appendChild(
        h(
          "li",
          h("button.link", { type: "button", dataset: { id: n.id }, onclick: () => this.open(n.kind, n.id) }, h("span.swatch", { style: { background: color } }), n.label),
          h("span.count", String(n.weight)),
        ),
      );
    }
  }
}
