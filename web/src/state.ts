// The explorer's state lives in the URL hash so any view can be shared:
//   #view=org&id=org:…&from=2005&to=2015&min=2&focus=org:…&depth=1&order=JACCARD&tab=partners
// Keys are short and all optional.

import type { PartnerOrder } from "./queries";

export type View = "org" | "person" | "letter" | "office" | "path" | "add" | "correct" | "";
export type OrgTab = "partners" | "letters" | "people";

export interface AppState {
  view: View;
  id: string;
  from?: number;
  to?: number;
  min: number;
  focus: string;
  depth: number;
  order: PartnerOrder;
  tab: OrgTab;
  pathFrom: string;
  pathTo: string;
}

export const DEFAULTS: AppState = {
  view: "",
  id: "",
  min: 1,
  focus: "",
  depth: 1,
  order: "COUNT",
  tab: "partners",
  pathFrom: "",
  pathTo: "",
};

const VIEWS: View[] = ["org", "person", "letter", "office", "path", "add", "correct", ""];
const ORDERS: PartnerOrder[] = ["COUNT", "JACCARD", "WEIGHTED"];
const TABS: OrgTab[] = ["partners", "letters", "people"];

function int(v: string | null): number | undefined {
  if (v == null || v.trim() === "") return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function parseHash(hash: string): AppState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const view = (p.get("view") ?? "") as View;
  const order = (p.get("order") ?? "COUNT").toUpperCase() as PartnerOrder;
  const tab = (p.get("tab") ?? "partners") as OrgTab;
  const depth = int(p.get("depth")) ?? 1;
  return {
    view: VIEWS.includes(view) ? view : "",
    id: p.get("id") ?? "",
    from: int(p.get("from")),
    to: int(p.get("to")),
    min: Math.max(1, int(p.get("min")) ?? 1),
    focus: p.get("focus") ?? "",
    depth: depth >= 2 ? 2 : 1,
    order: ORDERS.includes(order) ? order : "COUNT",
    tab: TABS.includes(tab) ? tab : "partners",
    pathFrom: p.get("pfrom") ?? "",
    pathTo: p.get("pto") ?? "",
  };
}

export function formatHash(s: AppState): string {
  const p = new URLSearchParams();
  if (s.view) p.set("view", s.view);
  if (s.id) p.set("id", s.id);
  if (s.view === "org" && s.tab !== DEFAULTS.tab) p.set("tab", s.tab);
  if (s.view === "org" && s.order !== DEFAULTS.order) p.set("order", s.order);
  if (s.from !== undefined) p.set("from", String(s.from));
  if (s.to !== undefined) p.set("to", String(s.to));
  if (s.min !== DEFAULTS.min) p.set("min", String(s.min));
  if (s.focus) {
    p.set("focus", s.focus);
    p.set("depth", String(s.depth));
  }
  if (s.pathFrom) p.set("pfrom", s.pathFrom);
  if (s.pathTo) p.set("pto", s.pathTo);
  const out = p.toString();
  return out ? `#${out}` : "";
}

/** The part of the state that decides which network to fetch. */
export function networkKey(s: AppState): string {
  return JSON.stringify([s.from ?? null, s.to ?? null, s.min, s.focus, s.focus ? s.depth : 0]);
}

type Listener = (s: AppState) => void;

/**
 * The page's state, kept in the URL: the one place that reads and writes
 * it. navigate() changes it (a history entry unless replace), and every
 * subscriber hears of each change, also from the back and forward buttons.
 */
export class StateStore {
  private state: AppState = parseHash(location.hash);
  private listeners = new Set<Listener>();

  constructor() {
    const reread = () => this.set(parseHash(location.hash));
    window.addEventListener("popstate", reread);
    window.addEventListener("hashchange", reread);
  }

  get(): AppState {
    return this.state;
  }

  navigate(patch: Partial<AppState>, replace = false): void {
    const next = { ...this.state, ...patch };
    const hash = formatHash(next) || location.pathname + location.search;
    if (replace) history.replaceState(null, "", hash);
    else history.pushState(null, "", hash);
    this.set(parseHash(location.hash));
  }

  subscribe(fn: Listener): void {
    this.listeners.add(fn);
  }

  /** Tell every subscriber again (after an edit changed what they show). */
  refresh(): void {
    this.set(this.state);
  }

  private set(s: AppState): void {
    this.state = s;
    for (const fn of this.listeners) fn(s);
  }
}
