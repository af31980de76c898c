// What the explorer tells the user beside the panels: the banner (a
// failure, with Retry), the toast (a passing note) and the busy bar.

import { ApiError, onBusy } from "../api";
import { clear, h } from "../dom";
import { $ } from "./dom";

export class Notices {
  private banner = $("banner");
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private retry: () => void) {
    onBusy((busy) => document.body.classList.toggle("busy", busy));
  }

  showBanner(e: unknown): void {
    const unavailable = e instanceof ApiError && e.kind === "unavailable";
    clear(this.banner);
    this.banner.hidden = false;
    this.banner.dataset.code = e instanceof ApiError ? e.code ?? e.kind : "error";
    this.banner.append(
      h("strong", unavailable ? "Neo4j is unreachable." : "Something went wrong."),
      " ",
      e instanceof ApiError ? (unavailable ? "The graph database did not answer; the explorer will work again once it is back." : e.friendly) : String(e),
      h("button.btn.btn-small", { type: "button", onclick: () => { this.hideBanner(); this.retry(); } }, "Retry"),
      h("button.banner-close", { type: "button", "aria-label": "Dismiss", onclick: () => this.hideBanner() }, "×"),
    );
  }

  hideBanner(): void {
    this.banner.hidden = true;
    clear(this.banner);
  }

  toast(text: string): void {
    const t = $("toast");
    t.textContent = text;
    t.hidden = !text;
    clearTimeout(this.toastTimer);
    if (text) this.toastTimer = setTimeout(() => (t.hidden = true), 4000);
  }
}
