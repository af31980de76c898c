// The side panel: which panel the URL's view opens (an organization, a
// person, a letter, an office, the path finder, adding or correcting a
// letter), closing it, and moving focus into it.

import { clear } from "../dom";
import type { AppState, StateStore } from "../state";
import { addLetterPanel } from "../ui/addLetter";
import type { Ctx, Panel } from "../ui/common";
import { correctLetterPanel } from "../ui/correctLetter";
import { letterPanel } from "../ui/letter";
import { officePanel } from "../ui/office";
import { orgPanel } from "../ui/org";
import { pathPanel } from "../ui/path";
import { personPanel } from "../ui/person";
import { $ } from "./dom";

/** Views that need no id. */
const NO_ID = new Set(["path", "add"]);

export class PanelHost {
  private panel: Panel | null = null;
  private key = "";
  private el = $("panel");
  private content = $("panel-content");

  constructor(
    private store: StateStore,
    private ctx: Ctx,
  ) {
    $("panel-close").addEventListener("click", () => this.close());
    document.addEventListener("keydown", (e) => {
      if (e.key !== "Escape" || e.defaultPrevented || this.el.hidden) return;
      const target = e.target as HTMLElement;
      if (target.closest("dialog")) return;
      // Escape in an editor's field must not throw the edits away.
      if (this.panel?.editor && /INPUT|TEXTAREA|SELECT/.test(target.tagName)) return;
      e.preventDefault();
      this.close();
      $("search").querySelector("input")?.focus();
    });
    // Once a panel's title is rendered, move focus there so keyboard and
    // screen-reader users land in the panel (unless they are already in it).
    new MutationObserver(() => {
      const t = this.content.querySelector<HTMLElement>(".panel-title");
      const inside = this.el.contains(document.activeElement) && document.activeElement !== this.el;
      if (t && !t.dataset.focused && !this.el.hidden && !inside) {
        t.dataset.focused = "1";
        t.focus({ preventScroll: true });
      }
    }).observe(this.content, { childList: true, subtree: true });
  }

  /** Show the panel for the state; force opens it anew (after an edit). */
  show(state: AppState, force = false): void {
    const key = state.view ? `${state.view}:${NO_ID.has(state.view) ? "" : state.id}` : "";
    if (key === this.key && !force) {
      this.panel?.update?.(state);
      return;
    }
    this.panel?.destroy?.();
    this.panel = null;
    this.key = key;
    clear(this.content);
    if (!key || (!NO_ID.has(state.view) && !state.id)) {
      this.el.hidden = true;
      document.body.classList.remove("panel-open", "panel-wide", "panel-editor");
      return;
    }
    this.el.hidden = false;
    document.body.classList.add("panel-open");
    this.panel = this.open(state);
    document.body.classList.toggle("panel-wide", !!this.panel?.wide);
    document.body.classList.toggle("panel-editor", !!this.panel?.editor);
    this.el.dataset.view = state.view;
  }

  private open(state: AppState): Panel | null {
    const { ctx } = this;
    // Each panel draws into an element of its own: a panel replaced while
    // its query was in flight then writes into a detached element, never
    // over the panel that replaced it.
    const content = this.content.appendChild(document.createElement("div"));
    switch (state.view) {
      case "org":
        return orgPanel(content, ctx, state.id);
      case "person":
        return personPanel(content, ctx, state.id);
      case "letter":
        return letterPanel(content, ctx, state.id);
      case "office":
        return officePanel(content, ctx, state.id);
      case "path":
        return pathPanel(content, ctx);
      case "add":
        return addLetterPanel(content, ctx);
      case "correct":
        return correctLetterPanel(content, ctx, state.id);
    }
    return null;
  }

  private close(): void {
    if (this.store.get().view) this.store.navigate({ view: "", id: "" });
  }
}
