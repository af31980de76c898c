// Shared pieces of the side panels.

import { ApiError } from "../api";
import { h } from "../dom";
import type { AppState } from "../state";
import type { EntityKind, Path, Recipient } from "../queries";

export interface Ctx {
  state(): AppState;
  /** Change the URL state; `replace` avoids a history entry. */
  navigate(patch: Partial<AppState>, replace?: boolean): void;
  open(kind: EntityKind, id: string): void;
  focusNetwork(id: string): void;
  expand(id: string): void;
  showPath(path: Path | null): void;
  selectNode(id: string | null): void;
  /** A display name for an id, if the graph knows it. */
  labelOf(id: string): string | undefined;
  /** An edit was saved: say so, and show the graph as it is now. */
  changed(message: string): Promise<void>;
}

export interface Panel {
  /** Called when the URL changes but the panel's entity did not. */
  update?(s: AppState): void;
  destroy?(): void;
  /** Wide panels (the letter) take more room. */
  wide?: boolean;
  /** Editors (adding, correcting a letter) take nearly all of it. */
  editor?: boolean;
}

export function loading(label = "Loading…"): HTMLElement {
  return h("div.state.state-loading", { role: "status" }, h("span.spinner", { "aria-hidden": "true" }), label);
}

export function empty(text: string): HTMLElement {
  return h("div.state.state-empty", text);
}

export function errorBox(e: unknown, retry?: () => void): HTMLElement {
  const msg = e instanceof ApiError ? e.friendly : e instanceof Error ? e.message : String(e);
  const unavailable = e instanceof ApiError && e.kind === "unavailable";
  return h(
    "div.state.state-error",
    { role: "alert", dataset: { code: e instanceof ApiError ? e.code ?? e.kind : "error" } },
    h("strong", unavailable ? "Neo4j is unreachable" : "Something went wrong"),
    h("p", msg),
    retry ? h("button.btn.btn-small", { type: "button", onclick: retry }, "Retry") : null,
  );
}

export function panelHeader(kind: string, title: string, sub?: (Node | string | null)[]): HTMLElement {
  return h(
    "header.panel-head",
    h("div.eyebrow", kind),
    h("h2.panel-title", { tabindex: "-1" }, title),
    sub && sub.length ? h("div.panel-sub", ...sub) : null,
  );
}

export function entityLink(ctx: Ctx, kind: EntityKind, id: string, label: string, cls = ""): HTMLButtonElement {
  return h(
    "button.link",
    {
      type: "button",
      class: cls,
      dataset: { kind, id },
      onclick: () => ctx.open(kind, id),
    },
    label,
  );
}

export function recipientText(r: Recipient): string {
  const name = [r.honorific, r.name].filter(Boolean).join(" ");
  // Offices are often named "Title, Organization": say each part once.
  const extra = [r.title, r.organization].filter((x) => x && !name.toLowerCase().includes(x.toLowerCase())).join(", ");
  return extra ? `${name} (${extra})` : name;
}

export function tabs<T extends string>(
  label: string,
  items: { id: T; label: string }[],
  current: T,
  onPick: (id: T) => void,
): HTMLElement {
  const bar = h("div.tabs", { role: "tablist", "aria-label": label });
  const buttons = items.map((it) =>
    h(
      "button.tab",
      {
        type: "button",
        role: "tab",
        id: `tab-${it.id}`,
        "aria-selected": String(it.id === current),
        tabindex: it.id === current ? "0" : "-1",
        dataset: { tab: it.id },
        onclick: () => onPick(it.id),
      },
      it.label,
    ),
  );
  bar.addEventListener("keydown", (e) => {
    const i = buttons.findIndex((b) => b === document.activeElement);
    if (i < 0) return;
    let j = -1;
    if (e.key === "ArrowRight") j = (i + 1) % buttons.length;
    if (e.key === "ArrowLeft") j = (i - 1 + buttons.length) % buttons.length;
    if (j >= 0) {
      e.preventDefault();
      buttons[j].focus();
      onPick(items[j].id);
    }
  });
  buttons.forEach((b) => bar.appendChild(b));
  return bar;
}

export function setTabs(bar: HTMLElement, current: string): void {
  bar.querySelectorAll<HTMLButtonElement>("[role=tab]").forEach((b) => {
    const on = b.dataset.tab === current;
    b.setAttribute("aria-selected", String(on));
    b.tabIndex = on ? 0 : -1;
  });
}

export function year(d: string | null | undefined): number | null {
  if (!d) return null;
  const y = Number.parseInt(d.slice(0, 4), 10);
  return Number.isFinite(y) ? y : null;
}

/** A date as a fractional year, for timelines. */
export function fracYear(d: string | null | undefined): number | null {
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  const y = +m[1];
  const mo = m[2] ? +m[2] - 1 : 0;
  const da = m[3] ? +m[3] - 1 : 0;
  return y + (mo * 30.44 + da) / 365.25;
}

/** A letter's title, or a stand-in built from its first recipient and date when the parse found none. */
export function letterTitle(l: { title: string | null; date?: string | null; recipients?: Recipient[] }): string {
  if (l.title && l.title.trim()) return l.title;
  const r = l.recipients?.[0];
  const to = r ? recipientText({ ...r, honorific: null, title: null }) : "";
  if (to) return `Letter to ${to}${l.date ? ` (${l.date})` : ""}`;
  return l.date ? `Letter of ${l.date}` : "Untitled letter";
}
