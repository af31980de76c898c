// The network controls on the left: the year window, the minimum of shared
// letters, the focus and its depth, and the totals at the foot.

import { gql } from "../api";
import { plural } from "../dom";
import { Q_STATS, type Stats } from "../queries";
import type { AppState, StateStore } from "../state";
import { $ } from "./dom";

export class Controls {
  private fromIn = $("year-from") as HTMLInputElement;
  private toIn = $("year-to") as HTMLInputElement;
  private minIn = $("min-shared") as HTMLInputElement;
  private minOut = $("min-shared-value") as HTMLOutputElement;
  private depthSel = $("focus-depth") as HTMLSelectElement;

  constructor(
    private store: StateStore,
    private labelOf: (id: string) => string | undefined,
  ) {
    const nav = (p: Partial<AppState>) => store.navigate(p);
    const form = $("window-form");
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      let from = yearOf(this.fromIn);
      let to = yearOf(this.toIn);
      if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
      nav({ from, to });
    });
    const submit = () => form.dispatchEvent(new Event("submit", { cancelable: true }));
    this.fromIn.addEventListener("change", submit);
    this.toIn.addEventListener("change", submit);
    $("window-clear").addEventListener("click", () => nav({ from: undefined, to: undefined }));
    this.minIn.addEventListener("input", () => (this.minOut.value = this.minIn.value));
    this.minIn.addEventListener("change", () => nav({ min: Math.max(1, Number.parseInt(this.minIn.value, 10) || 1) }));
    this.depthSel.addEventListener("change", () => nav({ depth: this.depthSel.value === "2" ? 2 : 1 }));
    $("focus-clear").addEventListener("click", () => nav({ focus: "" }));
    $("focus-selected").addEventListener("click", () => {
      const s = store.get();
      if (s.view === "org" && s.id) nav({ focus: s.id });
    });
  }

  /** Show the state; never overwrite a year field the user is typing in. */
  sync(): void {
    const s = this.store.get();
    setIdle(this.fromIn, s.from !== undefined ? String(s.from) : "");
    setIdle(this.toIn, s.to !== undefined ? String(s.to) : "");
    this.minIn.value = String(s.min);
    this.minOut.value = String(s.min);
    this.depthSel.value = String(s.depth);
    const focusName = $("focus-name");
    const focused = !!s.focus;
    focusName.textContent = focused ? this.labelOf(s.focus) ?? s.focus : "Whole network (busiest organizations)";
    focusName.classList.toggle("muted", !focused);
    ($("focus-clear") as HTMLButtonElement).hidden = !focused;
    this.depthSel.disabled = !focused;
    ($("focus-selected") as HTMLButtonElement).disabled = !(s.view === "org" && s.id && s.id !== s.focus);
  }

  /** The graph's totals at the foot, and its years as the fields' bounds. */
  async showStats(): Promise<void> {
    try {
      const { stats } = await gql<{ stats: Stats }>(Q_STATS);
      const y1 = stats.firstDate?.slice(0, 4);
      const y2 = stats.lastDate?.slice(0, 4);
      $("stats").textContent = `${plural(stats.letters, "letter")} · ${plural(stats.organizations, "organization")} · ${plural(stats.people, "person", "people")}${y1 && y2 ? ` · ${y1}–${y2}` : ""}`;
      if (y1) {
        this.fromIn.placeholder = y1;
        this.toIn.min = this.fromIn.min = y1;
      }
      if (y2) {
        this.toIn.placeholder = y2;
        this.toIn.max = this.fromIn.max = y2;
      }
    } catch {
      /* the network load reports errors */
    }
  }
}

function yearOf(el: HTMLInputElement): number | undefined {
  const v = el.value.trim();
  if (!v) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function setIdle(el: HTMLInputElement, v: string): void {
  if (document.activeElement !== el) el.value = v;
}
